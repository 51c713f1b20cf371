## Hoy: qué hacer y por qué, los avisos y los cuidados en casa, la revisión de señales de alarma,
## la pregunta sobre las agujetas y los motivos que dan el plan de temporada y la exportación al
## calendario.

## La pantalla
today-heading = Hoy
today-warnings = Avisos
today-what-to-do = Qué hacer hoy
today-recommendations-label = Recomendaciones
today-nothing-to-do = Hoy no hay nada que reservar ni que rodar: el plan es descansar.
today-not-today = Hoy no
today-home-care = Cuidados en casa
today-your-race = tu carrera
today-a-smaller-race = una carrera menor
today-next-race = Próxima carrera · { $priority }
today-time-until = Tiempo hasta la salida de { $race }
today-phase = Fase: { $phase }
today-checklist = Lista de hoy
today-open-checklists = Abrir las listas
today-no-race-heading = No hay ninguna carrera próxima
today-no-race-text = Todas tus carreras ya han pasado. Añade la siguiente para planificar en torno a ella.
today-first-run-heading = Planifica tus masajes en torno a tus carreras
today-first-run-text = Añade una carrera y Fresh Legs calcula cuándo dejar el masaje profundo, cuándo ayuda una descarga suave y qué hacer en casa los días intermedios.
today-add-next-race = Añadir tu próxima carrera
today-add-first-race = Añadir tu primera carrera
today-set-preferences = Ajustar tus preferencias
today-stop = Alto:{ " " }
today-warning = Aviso:{ " " }

## Los datos de una recomendación
today-from = Desde las { $time }
today-with-therapist = Con un masajista profesional
today-at-home-hands = En casa · solo con las manos
today-at-home-tools = En casa · { $tools }
today-at-start-hands = En la salida · solo con las manos
today-at-start-tool = En la salida · { $tool }
today-minutes = { $minutes } min
today-therapist-decides = El tiempo que te aconseje tu profesional
today-why = Por qué:{ " " }

## Dónde estás respecto a una carrera
today-phase-build = Desarrollo
today-phase-cutoff = Sin masaje profundo
today-phase-pre-event = Ventana precompetitiva
today-phase-race-day = Día de carrera
today-phase-racing = Carrera en curso
today-phase-finished = Recién llegado a meta
today-phase-post-event = Descarga tras la carrera
today-phase-recovery = Recuperación
today-window-cutoff = Sin masaje profundo
today-window-no-touch = Días sin masaje
today-window-pre-event = Ventana precompetitiva
today-window-race = Carrera
today-window-post-event = Descarga tras la carrera
today-window-gap = Aún sin masaje profundo

## Qué hacer
today-advice-race-day-flush = Si quieres, una descarga corta y suave entre 15 y 45 minutos antes de la salida, y después tu calentamiento habitual.
today-advice-pre-event-compression = Compresiones enérgicas sobre la ropa; suaves y rápidas.
today-advice-pre-event-deep-tried = El trabajo precompetitivo más firme que ya has probado y sabes que te sienta bien.
today-advice-pre-event-deep = Trabajo precompetitivo más firme, como prefieres: que sea corto y no más profundo de lo que tus piernas ya conocen.
today-advice-pre-event-light = Pases de descarga suaves con compresiones, balanceos y vibraciones; nada profundo.
today-advice-home-flush = En su lugar, una descarga corta por tu cuenta: { $routine } ({ $minutes } min), { $before_race ->
    [yes] suave y rápida
   *[no] lenta y suave
}.
today-advice-post-event-flush = Pases de descarga lentos y controlados, algo más firmes que antes de la carrera pero más suaves que un masaje de mantenimiento, con algunos estiramientos asistidos suaves.
today-advice-general = Trabajo más profundo en zonas cargadas, puntos gatillo y movilidad. Cuenta con 24 a 36 horas de agujetas, así que aleja de él los entrenamientos duros.
today-advice-ask-lighter = Esta vez pide una presión { $pressure ->
    [light] suave
    [medium] moderada
   *[deep] profunda
}.
today-advice-see-professional = Que un fisioterapeuta o masajista cualificado te revise estas zonas: { $areas }. Él decide el tratamiento.

## Tu forma de prepararte antes de la carrera, en mitad de una frase
today-approach-deep = un masaje precompetitivo profundo
today-approach-light-flush = una descarga suave
today-approach-compression = compresiones sobre la ropa
today-approach-no-touch = nada de masaje durante { $days } días

## Por qué: cada motivo va tras su regla
today-rule = Regla { $rule } · { $why }
today-reason-no-touch = pediste no recibir masaje en los { $days } días antes de { $race }, así que hoy no se toca
today-reason-race-day = día de carrera de { $race }: si hay masaje, breve y suave, y nunca en lugar del calentamiento
today-reason-pre-event-soon = { $race } es { $days ->
    [1] mañana
   *[other] dentro de { $days } días
}: { $approach ->
    [compression] unas compresiones rápidas sobre la ropa uno o dos días antes despiertan las piernas sin cansarlas
    [deep] te gusta un trabajo más firme antes de una carrera, y uno o dos días antes dejan tiempo para que pasen las agujetas
   *[light] un trabajo suave uno o dos días antes debería dejarte las piernas ligeras y con chispa
}
today-reason-pre-event-flushes = la sesión precompetitiva suave de hoy también descarga las piernas después de { $race }
today-reason-try-first = una ocasión sin mucho en juego para probar { $approach } antes de { $a_race }, donde importa más
today-reason-post-event = { $race } { $days ->
    [0] es hoy
    [1] fue ayer
   *[other] fue hace { $days } días
}: una descarga entre unas 2 y 48 horas después de cruzar la meta acelera la recuperación, mientras que el masaje profundo la frenaría
today-reason-cutoff = { $race } ({ $priority }{ $length ->
    [marathon] , un maratón
    [ultra] , un ultra
   *[half] {""}
}) está cerca: el masaje profundo se deja { $days ->
    [one] { $days } día
   *[other] { $days } días
} antes para que no queden agujetas en la salida
today-reason-gap = { $race }{ $length ->
    [marathon] , un maratón,
    [ultra] , un ultra,
   *[half] {""}
} acaba de pasar: el masaje profundo espera hasta { $hours } h después de cruzar la meta
today-reason-no-budget = no hay presupuesto para masajes con un profesional, así que los cuidados en casa llevan el peso
today-reason-budget-spent = { $budget ->
    [one] el masaje con un profesional de este mes ya está hecho o reservado
   *[other] los { $budget } masajes con un profesional de este mes ya están hechos o reservados
}
today-reason-no-budget-at-home = no hay presupuesto para masajes con un profesional, así que esta sesión te toca hacerla en casa
today-reason-budget-spent-at-home = { $budget ->
    [one] el masaje con un profesional de este mes está hecho o reservado
   *[other] los { $budget } masajes con un profesional de este mes están hechos o reservados
}, así que haz esta en casa, con suavidad
today-reason-booked-within-spacing = ya hay un masaje de mantenimiento reservado { $days ->
    [0] para más tarde hoy
    [1] para mañana
   *[other] dentro de { $days } días
}; las sesiones profundas se separan al menos { $spacing } días para que cada una haga efecto
today-reason-too-soon = tu último masaje de mantenimiento fue hace { $days ->
    [one] { $days } día
   *[other] { $days } días
}; un ritmo regular (cada { $spacing } días más o menos) es mejor que juntarlos
today-reason-rhythm = un masaje profundo regular cada { $spacing } días más o menos ({ $budget } al mes) detecta pronto las zonas cargadas; lejos de las fechas límite antes de las carreras (regla 4)
today-reason-tight-budget-block = un presupuesto ajustado va donde más ayuda: a tu { $block }{ $speed_work ->
    [yes] {" "}con trabajo de velocidad
   *[no] {""}
}, cuando gemelos, isquiotibiales y caderas se cargan; lejos de las fechas límite antes de las carreras (regla 4)
today-tight-budget = { $sessions ->
    [one] un masaje con un profesional
   *[other] { $sessions } masajes con un profesional
} { $per ->
    [year] al año
   *[block] por bloque de entrenamiento
}
today-reason-tight-budget-a-races = tu presupuesto ({ $limit }) va a tus carreras A y a tus bloques más duros, así que el rodillo en casa cubre esta carrera
today-reason-tight-budget-spent = tu presupuesto ({ $limit }) ya está usado o reservado
today-reason-tight-budget-spent-at-home = tu presupuesto ({ $limit }) está usado o reservado, así que haz esta en casa, con suavidad
today-reason-outside-blocks = tu presupuesto ({ $limit }) paga las sesiones dentro de tus bloques de entrenamiento, y este día queda fuera, así que haz esta en casa
today-reason-one-a-day-logged = tu diario ya tiene un { $kind } ese día; una sesión con un profesional al día es más que suficiente
today-reason-one-a-day = el { $kind } es la sesión del día; una al día es más que suficiente
today-reason-injury-fresh = tu lesión ({ $areas }) está en sus primeras 72 horas: que te la revisen, y nada de masaje en ella hasta el { $until }
today-reason-race-is-the-work = día de carrera de { $race }: la carrera es el trabajo del día, y la descarga llega después de cruzar la meta
today-reason-step-lighter = el último masaje de mantenimiento te dejó demasiadas agujetas o moratones, así que este baja un grado
today-reason-keep-off = nada de presión profunda en estas zonas: { $areas }
today-reason-injury-professional = un tejido lesionado necesita un trabajo adaptado a la lesión, y eso solo puede valorarlo un profesional
today-reason-planned-for = tu plan de temporada reserva esta sesión para el { $date }, el día que mejor le va
today-reason-not-planned = tu plan de temporada no tiene hueco para esta sesión dentro del presupuesto y de las ventanas de las carreras
today-reason-planned-passed = tu plan de temporada tenía esta sesión para hoy, pero su ventana se cerró antes en el día
today-reason-red-flag = has indicado { $flag }: nada de masaje ni automasaje hasta que un médico o fisioterapeuta te dé el visto bueno

## Avisos y cuidados en casa
today-notice-red-flag-area = { $flag } ({ $area }). { $advice }
today-notice-red-flag = { $flag }. { $advice }
today-notice-injury-new = Tu lesión ({ $area }, { $tissue }) es reciente. Que te la revise un médico o fisioterapeuta; nada de masaje en ella, ni siquiera con rodillo, hasta el { $until } como pronto, y después solo como te indique un profesional.
today-notice-injury-active = Tu lesión ({ $area }, { $tissue }) sigue activa. Que te la trate un profesional, que decide el enfoque, y mantén lejos de ella el rodillo, el stick y la pelota.
today-notice-untried-smaller-race = Aún no has registrado { $approach } antes de un entrenamiento duro o de una carrera menor. Tu plan lo prueba antes de { $smaller } el { $date }, antes de { $race }.
today-notice-untried-workout = Aún no has registrado { $approach } antes de un entrenamiento duro o de una carrera menor. Pruébalo antes de un entrenamiento duro como tarde el { $date }, antes de { $race }.
today-notice-untried-none-left = Aún no has registrado { $approach } antes de un entrenamiento duro o de una carrera menor, y ya no queda ningún día para probarlo antes de { $race }. Haz una sesión suave y conocida, o sáltatela: lo que tus piernas ya conocen es la opción segura.
today-notice-general-booked-before = Hay un masaje de mantenimiento reservado después de la fecha límite antes de { $race }. Adelántalo o pásalo a después de la pausa tras la carrera.
today-notice-general-booked-after = Hay un masaje de mantenimiento reservado demasiado pronto después de { $race }. Pásalo a después de la pausa tras la carrera.
today-notice-general-had-before = Recibiste un masaje de mantenimiento después de la fecha límite antes de { $race }. Tómatelo todo con calma hasta la carrera.
today-notice-general-had-after = Recibiste un masaje de mantenimiento poco después de { $race }. Tómate los próximos días con calma y pide menos presión la próxima vez.
today-notice-too-deep = Tu último masaje de mantenimiento te dejó { $what ->
    [long] agujetas más allá de { $hours } horas
    [bruising] moratones
   *[both] moratones y agujetas más allá de { $hours } horas
}, así que fue más profundo de lo debido. { $ask }
today-too-deep-same = Ya estaba registrado con presión { $pressure ->
    [light] suave
    [medium] moderada
   *[deep] profunda
}: dile a tu masajista que aun así fue demasiado y pide un trabajo más suave.
today-too-deep-lighter = La próxima vez pide una presión { $next ->
    [light] suave
    [medium] moderada
   *[deep] profunda
} en lugar de { $pressure ->
    [light] suave
    [medium] moderada
   *[deep] profunda
}.
today-notice-drink = Bebe agua a menudo a lo largo del día en lugar de todo de golpe.
today-notice-after-massage = Has recibido un masaje en las últimas 24 horas: un poco más de agua y un día tranquilo le ayudan a asentarse.
today-notice-race-run-up = Bebe a sorbos en los días previos a la carrera y quédate con las bebidas que ya has probado en los entrenamientos.
today-notice-after-race = Rehidrátate, da paseos cortos y tranquilos y duerme bien mientras tus piernas se recuperan.
today-why-red-flag = algunos problemas hacen que el masaje no sea seguro hasta que un profesional los haya visto; la app no juzga cuáles
today-why-injury = la app nunca prescribe el tratamiento de una lesión, y un automasaje profundo sobre una lesión puede hacerla retroceder
today-why-untried = cada persona reacciona distinto al masaje precompetitivo, así que descúbrelo un día que importe menos
today-why-general-inside = el masaje profundo necesita días libres antes de una carrera y una pausa después, o las agujetas se solapan con la carrera o con la recuperación
today-why-too-deep = entre un día y día y medio de agujetas tras un masaje profundo es normal; más tiempo, o moratones, significa demasiado profundo
today-why-home-care = beber bien y cuidarte en casa entre sesiones forman parte de cualquier plan

## Lo que un presupuesto ajustado deja fuera del plan de temporada (regla 5)
today-left-out-spent-on = el { $kind } del { $date }
today-left-out-block = Sin sesión profunda en tu { $block ->
    [base] bloque de base
    [build] bloque de desarrollo
    [peak] bloque de pico (duro)
    [taper] bloque de puesta a punto
   *[recovery] bloque de recuperación
} hacia el { $date }: el presupuesto de ese periodo va para { $instead }.
today-left-out = Sin sesión profunda hacia el { $date }: el presupuesto de ese periodo va para { $instead }.
today-left-out-at-home = El { $kind } del { $date } toca hacerlo en casa: el presupuesto de ese periodo va para { $instead }.
today-swap-to-deep = Gastar el presupuesto primero en masaje profundo
today-swap-to-race = Gastar el presupuesto primero en las sesiones de carrera

## La pregunta sobre las agujetas, 24 y 48 horas después de un masaje de mantenimiento (regla 6)
today-follow-up-heading = ¿Cuántas agujetas tienes?
today-follow-up-text = Han pasado unas { $hours } horas desde tu masaje de mantenimiento del { $date }. Una respuesta rápida indica si la presión te fue bien.
today-follow-up-level = Agujetas ahora (0 = ninguna, 10 = las peores)
today-follow-up-bruising = Algún moratón
today-follow-up-save = Guardar el registro
today-follow-up-saved = Gracias: registro de agujetas guardado.
today-not-saved = No guardado: { $reason }

## El registro rápido y la revisión de señales de alarma (regla 12)
today-quick-log = Registrar un masaje, agujetas o una lesión
today-red-flags-heading = ¿Algo no va bien?
today-red-flags-hint = Marca todo lo que se aplique hoy. No es un diagnóstico: un sí significa consultar antes a un médico o fisioterapeuta.
today-red-flags-where = ¿Dónde?
today-red-flags-save = Guardar las respuestas
today-red-flags-none = Todo en orden: el plan de hoy se mantiene.
today-red-flags-saved = Guardado en tu diario. Consulta a un médico o fisioterapeuta; Hoy mantiene el masaje aparte hasta que te den el visto bueno.

## La exportación de la temporada al calendario
today-calendar-name = Temporada de Fresh Legs
today-calendar-race = { $priority } · { $distance } · salida a las { $time } ({ $zone })
today-calendar-reminder = Mañana: { $name }
today-calendar-session = { $minutes } min. { $why }
