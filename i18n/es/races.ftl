# La pantalla «Carreras»: las carreras con su cuenta atrás y su línea de tiempo, el formulario y
# las comprobaciones de una carrera, los bloques de entrenamiento, el plan de temporada y la
# exportación del calendario. Se trata de tú a quien corre.

races-heading = Carreras
races-coming-up = Próximas
races-none-ahead = Aún no tienes carreras por delante. Añade una abajo y el plan se organizará a su alrededor.
races-coming-up-label = Próximas carreras
races-later = Más adelante
races-later-label = Carreras más adelante
races-finished-heading = Terminadas
races-finished-hint = Las carreras terminadas se quedan aquí: los días siguientes marcan tu plan de recuperación.
races-finished-label = Carreras terminadas
races-edit = Editar
races-delete = Borrar
races-not-saved = No se ha guardado: { $reason }
races-fix-fields = No se ha guardado: corrige los campos marcados abajo.
races-cancel-editing = Cancelar la edición
races-saved = Guardado: { $name }.
races-added = Añadido: { $name }.
races-deleted = Borrado: { $name }.
races-not-deleted = No se ha borrado: { $reason }
races-restored = Recuperado: { $name }.
races-not-restored = No se ha recuperado: { $reason }

## La importancia de una carrera

races-priority-a = Carrera A
races-priority-b = Carrera B
races-priority-c = Carrera C

## La tarjeta de una carrera

races-card-finished = Terminada
races-time-until = Tiempo hasta la salida de { $name }
races-countdown-days = { $days } d { $hours } h { $minutes } min
races-countdown-hours = { $hours } h { $minutes } min { $seconds } s
races-countdown-started = Ya ha empezado
races-when = { $date } a las { $time } ({ $zone })
races-facts = { $priority } · { $distance } · { $outdoor ->
    [yes] Al aire libre
   *[no] En interior
}
races-distance = { NUMBER($distance, maximumFractionDigits: 2) } { $unit ->
    [mi] mi
   *[km] km
}

## La línea de tiempo de las ventanas de una carrera

races-timeline-label = Línea de tiempo de { $name }
races-window-row = { $window }: { $from } – { $to }
races-date-time = { $date } { $time }
races-general-again = Masaje de mantenimiento permitido de nuevo: { $when }
races-today = Hoy
races-today-is = Hoy es { $when }.
races-today-before = Todo lo de esta línea de tiempo está aún por llegar.
races-today-after = Todo esto ya ha pasado.

## El formulario

races-form-add = Añadir una carrera
races-form-edit = Editar la carrera
races-form-edit-named = Editar { $name }
races-field-name = Nombre de la carrera
races-field-date = Fecha
races-field-start = Hora de salida
races-field-distance = Distancia ({ $unit ->
    [mi] mi
   *[km] km
})
races-field-expected = Tiempo previsto (h:mm, opcional)
races-expected-hint = Déjalo vacío para estimarlo a partir de la distancia. Las ventanas posteriores a la carrera se abren cuando cruzas la meta.
races-field-priority = Prioridad
races-field-outdoor = Al aire libre
races-save-race = Guardar carrera
races-add-race = Añadir carrera
races-presets-label = Distancias habituales
races-preset-5k = 5K
races-preset-10k = 10K
races-preset-half = Media maratón
races-preset-marathon = Maratón
races-same-minute = { $other } sale en el mismo minuto. Guarda otra vez para quedarte con las dos carreras.
races-which-time = ¿Cuál de las dos { $time }?
races-choose-one = Elige una
races-first-of-two = La primera, antes de atrasar los relojes ({ $offset })
races-second-of-two = La segunda, después de atrasar los relojes ({ $offset })

## El campo de la zona horaria

races-field-zone = Zona horaria
races-zone-hint = La zona horaria de la salida: una ciudad (Tokio), un país (Japón), una abreviatura (JST) o una zona (Asia/Tokyo).
races-zone-choices = Zonas horarias para «{ $typed }»

## Las comprobaciones de una carrera, cada una con su campo y su límite

races-error-date = Escribe la fecha de la carrera.
races-error-start = Escribe la hora de salida, por ejemplo 09:30.
races-error-date-away = La fecha de la carrera está a más de { $years } años vista; revisa el año.
races-error-date-ago = La fecha de la carrera es de hace más de { $years } años; revisa el año.
races-error-name-empty = Ponle un nombre a la carrera.
races-error-name-long = El nombre de la carrera tiene { $digits } caracteres; déjalo en { $most } como mucho.
races-error-clocks-skip = En { $zone } ese día no existen las { $time }, porque se adelantan los relojes; revisa la zona horaria o la hora de salida.
races-error-distance-zero = Escribe una distancia mayor que 0 km (esta es de { $distance } km).
races-error-distance-long = La distancia es de { $distance } km, por encima del límite de { $most } km; revisa el número.
races-error-distance-unreadable = Escribe la distancia como un número de { $unit ->
    [mi] millas
   *[km] kilómetros
}, por ejemplo { $example }.
races-error-expected-zero = El tiempo previsto debe ser mayor que 0:00; déjalo vacío para estimarlo a partir de la distancia.
races-error-expected-long = El tiempo previsto puede ser de hasta { $hours } horas; { $time } es más.
races-error-expected-unreadable = «{ $typed }» no es un tiempo; escribe horas y minutos como 4:30, o déjalo vacío.
races-error-zone-empty = Elige la zona horaria de la salida.
races-error-zone-unknown = «{ $typed }» no es una zona horaria que conozcamos: escribe una ciudad (Tokio), un país (Japón), una abreviatura (JST) o una zona como Europe/Madrid.
races-error-zone-ambiguous = «{ $typed }» puede referirse a { $count ->
    [one] una zona
   *[other] { $count } zonas distintas
}: elige abajo la que rige en tu salida.
races-error-repeated-hour = En { $zone } las { $time } se repiten esa noche, porque se atrasan los relojes; elige abajo cuál.

## Los bloques de entrenamiento

races-blocks-heading = Bloques de entrenamiento
races-blocks-hint = Marca tus semanas duras: con un presupuesto ajustado, el masaje profundo va donde el entrenamiento más aprieta.
races-load-heading = Carga de entrenamiento de tus archivos
races-review-proposals = Revisa lo que sugieren tus archivos ({ $count })
races-block-facts = { $start } – { $end } · { $count ->
    [one] { $digits } día
   *[other] { $digits } días
}{ $speed ->
    [yes] {" "}· con trabajo de velocidad
   *[no] {""}
}
races-block-name = { $block }, del { $start } al { $end }
races-block-form-add = Añadir un bloque de entrenamiento
races-block-form-edit = Editar el bloque de entrenamiento
races-save-block = Guardar bloque
races-add-block = Añadir bloque
races-field-block-start = Inicio del bloque
races-field-block-end = Fin del bloque
races-field-block-kind = Tipo de bloque
races-field-speed-work = Trabajo de velocidad (series, sesiones rápidas)
races-error-block-start = Escribe el primer día del bloque.
races-error-block-end = Escribe el último día del bloque.

## Lo que el presupuesto no cubre

races-left-out-heading = Lo que el presupuesto no cubre
races-swapped = El plan ahora reparte el presupuesto al revés.

## El plan de temporada

races-season-heading = Plan de temporada
races-season-label = Línea de tiempo de la temporada
races-season-summary = Temporada del { $from } al { $to }: { $races ->
    [one] 1 carrera
   *[other] { $races } carreras
}, { $blocks ->
    [one] 1 bloque de entrenamiento
   *[other] { $blocks } bloques de entrenamiento
} y { $sessions ->
    [one] 1 masaje
   *[other] { $sessions } masajes
} por reservar. Cada uno aparece descrito con palabras en esta pantalla.
races-row-blocks = Bloques de entrenamiento
races-row-races = Carreras
races-row-sessions = Masajes por reservar
races-legend-pre-event = Precompetitivo
races-legend-post-event = Descarga
races-legend-general = Mantenimiento · la línea de la izquierda es hoy
races-sessions-heading = Masajes por reservar
races-nothing-to-book = Nada que reservar en este periodo: sigue con el automasaje de abajo.
races-sessions-label = Masajes por reservar
races-home-hide = Ocultar los días de automasaje
races-home-show = Automasaje en { $count ->
    [one] { $digits } día
   *[other] { $digits } días
}: mostrarlos
races-home-label = Días de automasaje
races-session-what = { $kind } · { $minutes } min · { $place ->
    [home] en casa
   *[book] resérvalo
}
races-why = Por qué:

## Las carreras terminadas, plegadas por temporada

races-fold-show = Mostrar { $year } ({ $count ->
    [one] 1 carrera
   *[other] { $count } carreras
})
races-fold-hide = Ocultar { $year } ({ $count ->
    [one] 1 carrera
   *[other] { $count } carreras
})
races-finished-in = Terminadas en { $year }

## El planificador de temporada de las ventanas anchas

races-planner-heading = Planificador de temporada
races-planner-hint = Desde hoy, { $from }, hasta el { $to }. Señala una sesión o llega a ella con Tab para leer por qué está ahí.
races-planner-month = { $month } { $year }
races-planner-blocks-label = Bloques de entrenamiento de la temporada
races-planner-races-label = Carreras de la temporada
races-planner-sessions-label = Masajes por reservar en la temporada
races-planner-block-title = { $kind }: del { $from } al { $to }
races-planner-block-days = : del { $from } al { $to }
races-planner-session = { $kind }, { $day }
races-planner-session-heading = { $day } · { $kind } · { $minutes } min

## La exportación del calendario

races-calendar-heading = Calendario
races-calendar-hint = Pasa tus carreras y los masajes por reservar a cualquier aplicación de calendario, cada uno con un aviso el día antes. El automasaje diario se queda fuera, para que tu calendario siga siendo legible.
races-export-calendar = Exportar calendario (.ics)
races-not-exported = No se ha exportado: { $reason }
