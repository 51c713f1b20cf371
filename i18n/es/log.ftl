## El diario: la pantalla, su formulario, los detalles de cada entrada y el análisis.
# Los números que pueden pasar de 999 llegan dos veces: $count elige el plural y $digits los
# muestra como cifras sin más.

log-heading = Diario
log-add-entry = Añadir una entrada
log-history = Historial
log-nothing-yet = Aún no has anotado nada. Aquí aparecerán los masajes, las agujetas, las lesiones y los automasajes que añadas.
log-entries-label = Entradas del diario
log-showing = Se muestran las { $shown } más recientes de { $count ->
    [one] { $digits } entrada
   *[other] { $digits } entradas
}.
log-show-older = { $count ->
    [one] Mostrar 1 entrada anterior
   *[other] Mostrar { $count } entradas anteriores
}
log-watch-heading = ¿Entrenas con reloj?
log-watch-hint = Tus archivos de entrenamiento muestran tus semanas duras, tu trabajo de velocidad y tus carreras.
log-watch-import = Importar archivos de entrenamiento

## Una entrada de la lista
log-title-soreness = Registro de agujetas
log-title-injury = Lesión: { $area }
log-title-self-massage = Automasaje
log-title-red-flag = Señal de alarma: { $flag }
log-entry-name = { $title } del { $when }
log-booked = { " " }· reservado
log-edit = Editar
log-edit-label = Editar { $title }
log-delete = Borrar
log-delete-label = Borrar { $title }
log-mark-healed = Marcar como curada
log-cleared-by-professional = Con el visto bueno de un profesional
log-restored = Recuperado: { $name }.
log-not-restored = No se ha recuperado: { $reason }
log-deleted = Borrado: { $name }.
log-not-deleted = No se ha borrado: { $reason }

## Los detalles bajo el título de una entrada
log-detail-massage = { $therapist ->
    [yes] Con un profesional
   *[no] Sin profesional
} · { $pressure ->
    [light] Presión suave
    [medium] Presión moderada
   *[deep] Presión profunda
}
log-detail-before-workout = Antes de un entrenamiento duro
log-detail-before-race = Antes de la carrera: { $race }
log-detail-before-a-race = Antes de una carrera
log-detail-notes = Notas: { $notes }
log-detail-soreness = Agujetas { $level }/10, { $hours } h después del masaje{ $bruising ->
    [yes] , con moratones
   *[no] {""}
}
log-detail-injury-active = { $tissue } · desde el { $since } · sigue activa
log-detail-injury-healed = { $tissue } · desde el { $since } · curada el { $healed }
log-detail-area = Zona: { $area }
log-detail-cleared = Visto bueno el { $day }

## Los tejidos, en minúscula para leerse dentro de una frase
log-tissue-muscle = músculo
log-tissue-tendon = tendón
log-tissue-ligament = ligamento

## El formulario
log-choice-massage = Un masaje que me dieron
log-choice-soreness = Cuántas agujetas tengo
log-choice-injury = Una lesión
log-choice-self-massage = Un automasaje que hice
log-field-choice = Qué quieres anotar
log-field-when = Cuándo
log-field-massage-kind = Tipo de masaje
log-field-pressure = Presión
log-field-technique = Cómo se hizo
log-field-before = Como preparación para
log-before-nothing = Nada en concreto
log-before-workout = Un entrenamiento duro
log-field-therapist = Me lo dio un profesional
log-field-notes = Notas
log-field-after = Después de qué masaje
log-after-none = Ninguno: tras una carrera o una sesión dura
log-field-level = Agujetas (0 = ninguna, 10 = las peores)
log-field-bruising = Moratones
log-field-area = ¿Dónde está la lesión?
log-field-tissue = Tejido
log-field-started = Empezó el
log-field-healed = Curada el (déjalo vacío mientras dure)
log-field-routine = Qué hiciste
log-field-minutes = Minutos
log-field-hours = Horas desde la carrera o la sesión
log-hours-after = { $count ->
    [one] { $digits } hora
   *[other] { $digits } horas
} después de ese masaje.
log-hours-before = Esta hora es anterior a ese masaje: revisa la hora o elige otro masaje.
log-add = Añadir al diario
log-save = Guardar cambios
log-fix-fields = No se ha guardado: corrige los campos marcados abajo.
log-changes-saved = Cambios guardados.
log-added = Añadido a tu diario.
log-not-saved = No se ha guardado: { $reason }

## Lo que rechazan el formulario y la comprobación de las entradas guardadas
log-error-when = Indica la fecha y la hora.
log-error-date = Indica una fecha.
log-error-check-in-before = Este registro tiene una fecha anterior al masaje al que sigue: revisa su hora o elige otro masaje.
log-error-long-ago = Eso fue hace más de { $years } años; revisa el año.
log-error-book-ahead = Reserva como mucho con { $days } días de antelación.
log-error-future = Esa hora está en el futuro; anota las cosas cuando ya hayan pasado (solo un masaje con un profesional se puede reservar por adelantado).
log-error-notes = Las notas pueden tener como mucho { $most } caracteres; estas tienen { $count }.
log-error-hours = Anota las agujetas dentro de las { $most } horas siguientes al masaje, no a las { $hours }.
log-error-level = Las agujetas van de 0 (ninguna) a 10 (las peores), no { $level }.
log-error-injury-start = La lesión no puede empezar después del día en que la anotas.
log-error-injury-heal = Una lesión no puede curarse antes de haber empezado.
log-error-area-missing = Indica a qué zona se refiere.
log-error-area-whole-body = Esta señal afecta a todo el cuerpo, no a una zona.

## El análisis
log-insights = Análisis
log-insights-empty = Aún no hay sesiones en las últimas { $weeks } semanas, así que no hay nada que mostrar. Cada masaje o sesión de rodillo de espuma que anotes rellena aquí su semana.
log-first-session = Anota tu primera sesión
log-guided-routine = Empezar una rutina guiada
log-chart-summary = Últimas { $weeks } semanas: { $count ->
    [one] { $digits } sesión
   *[other] { $digits } sesiones
} ({ $professional } con un profesional, { $home } en casa), en { $active } de { $weeks } semanas.
log-chart-caption = { $summary } Barras oscuras: con un profesional; barras claras: en casa.
log-table = Sesiones por semana en una tabla
log-table-week = Semana del
log-table-therapist = Profesional
log-table-home = En casa
log-streak = { $count ->
    [0] Aún no tienes racha en casa: una sesión corta de rodillo de espuma esta semana la empieza.
    [one] Racha en casa: 1 semana.
   *[other] Racha en casa: { $digits } semanas seguidas.
}
log-blocks-heading = Masajes con un profesional por bloque de entrenamiento
log-blocks-none = Añade bloques de entrenamiento para ver cómo se reparte entre ellos tu presupuesto de masajes.
log-block = { $block } · del { $start } al { $end }: { $sessions }
log-block-sessions = { $sessions } de { $count ->
    [one] { $digits } masaje
   *[other] { $digits } masajes
}
log-block-over-budget = { $sessions } de { $count ->
    [one] { $digits } masaje
   *[other] { $digits } masajes
} (por encima del presupuesto)
log-block-no-budget = { $count ->
    [one] { $digits } masaje
   *[other] { $digits } masajes
}, sin presupuesto para este bloque
