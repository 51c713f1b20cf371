# La pantalla «Entrenamiento»: importar tus propios archivos de entrenamiento, revisar las
# actividades dudosas, los bloques y carreras propuestos, las frecuencias cardiacas con las que
# se mide la carga y cada importación con sus actividades. También los nombres de los tipos de
# bloque y por qué no se pudo leer un archivo. Al corredor se le trata de tú.

training-title = Entrenamiento
training-lead = Tus propios archivos de entrenamiento muestran tus semanas duras, tus series y tus carreras, así que el plan de masajes puede seguirlos sin que tengas que escribir cada bloque.
training-kept = Actividades tomadas de tus archivos: { $activities }.
training-load-heading = Carga de entrenamiento
training-activities = { $count ->
        [one] { $digits } actividad
       *[other] { $digits } actividades
    }
training-save = Guardar
training-cancel = Cancelar
training-undo = Deshacer
training-keep = Conservar
training-remove = Quitar
training-not-saved = No se ha guardado: { $reason }

## Tipos de bloque

training-kind-base = Base
training-kind-build = Desarrollo
training-kind-peak = Pico (duro)
training-kind-taper = Puesta a punto
training-kind-recovery = Recuperación
training-block-base = Bloque de base
training-block-build = Bloque de desarrollo
training-block-peak = Bloque de pico (duro)
training-block-taper = Bloque de puesta a punto
training-block-recovery = Bloque de recuperación

## Comprobación de las fechas de un bloque

training-block-date-away = { $date } está a más de { $years } años vista; revisa el año.
training-block-date-ago = { $date } queda hace más de { $years } años; revisa el año.
training-block-end-before-start = El bloque termina antes de empezar; elige una fecha de fin igual o posterior a la de inicio.
training-block-too-long = Un bloque dura como mucho { $max } días (una temporada); este dura { $days }.

## Propuestas

training-review-heading = Lo que sugieren tus archivos
training-review-empty = Nada nuevo que revisar. Los bloques y carreras que aparezcan en tus archivos saldrán aquí para que los aceptes; los que aceptes están en la pantalla Carreras.
training-review-hint = Acepta lo que esté bien: el plan colocará los masajes en torno a ello. Si una fecha o el tipo no cuadra, edítalo antes; descarta lo que no sea correcto.
training-accept = Aceptar
training-edit = Editar
training-dismiss = Descartar
training-accepted = Aceptado: { $title }.
training-dismissed = Descartado: { $title }.
training-edit-first = Edítalo primero: { $reasons }
training-block-added = { $block } añadido.
training-race-added = Carrera añadida: { $name }.
training-edit-block = Editar el bloque propuesto
training-edit-race = Editar la carrera propuesta
training-race-name = Nombre de la carrera
training-priority = Prioridad
training-proposal-block = { $block }, { $start } – { $end }
training-proposal-race = Carrera: { $name }
training-reason-base = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de rodaje constante sin trabajo de velocidad{ $speed ->
        [yes] , con trabajo de velocidad.
       *[no] .
    }
training-reason-build = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } con series o rodajes rápidos casi todas las semanas.
training-reason-peak = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de tu entrenamiento más duro, que empezó con un salto de carga muy por encima de las semanas anteriores{ $speed ->
        [yes] , con trabajo de velocidad.
       *[no] .
    }
training-reason-taper = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } bajando la carga antes de una carrera{ $speed ->
        [yes] , con trabajo de velocidad.
       *[no] .
    }
training-reason-recovery = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de entrenamiento suave tras semanas más duras{ $speed ->
        [yes] , con trabajo de velocidad.
       *[no] .
    }
training-reason-race = El { $date } a las { $time }: { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km en { $count ->
        [one] { $digits } minuto
       *[other] { $digits } minutos
    }, corridos a ritmo de carrera.
training-change-none = Las propuestas siguen igual.
training-change-gone = Ya no se propone: { $titles }.
training-change-new = Nueva propuesta: { $titles }.
training-change-separator = {"; "}

## Las actividades guardadas

training-activity-title = { $name }, { $date }
training-sport-run = Carrera
training-sport-ride = Bici
training-sport-swim = Natación
training-sport-walk = Caminata
training-sport-other = Actividad
training-activity-facts = { $time }, { NUMBER($km, minimumFractionDigits: 2, maximumFractionDigits: 2) } km
training-activity-row = { $title }: { $facts }
training-doubtful-heading = Revisa estas actividades
training-doubtful-hint = No cuentan hasta que las conserves: un archivo estaba dañado o sus datos no los da ningún reloj que funcione bien.
training-doubt-cut-short = Leída en parte: el archivo está cortado, así que solo está lo que hay antes del corte.
training-doubt-checksum = Leída en parte: la suma de comprobación del archivo no coincide, así que algunos datos pueden estar mal.
training-doubt-garbled = Leída en parte: a partir de cierto punto el archivo deja de tener sentido, así que solo está lo anterior.
training-doubt-no-session = Leída en parte: el archivo tiene un track, pero no los totales que un reloj guarda al final, así que el tiempo y la distancia salen solo del track.
training-doubt-timer = Su cronómetro marca { $timer }, más que los { $elapsed } entre la salida y el final; se guarda { $elapsed }.
training-doubt-too-fast = A { $pace } de media va más rápido de lo que nadie { $sport ->
        [run] corre
        [walk] camina
        [swim] nada
       *[ride] pedalea
    }: quizá sea otro deporte o el GPS se volvió loco.
training-pace-kmh = { NUMBER($speed, maximumFractionDigits: 0) } km/h
training-pace-per-100m = { $time } cada 100 m
training-pace-per-km = { $time } el km
training-kept-activity = Actividad conservada: { $title }. Cuenta desde ahora.
training-not-kept = No se ha conservado: { $reason }
training-removed = Quitado: { $what }. { $change }
training-not-removed = No se ha quitado: { $reason }
training-put-back = Recuperado: { $activities }.
training-not-put-back = No se ha recuperado: { $reason }

## Las importaciones

training-imports-heading = Tus importaciones
training-import-title = Importado el { $date } a las { $time }: { $activities }
training-this-import = esta importación ({ $activities })
training-undo-import = Deshacer esta importación
training-show-activities = Ver sus actividades
training-show-more = Ver más
training-import-heading = Importar archivos de entrenamiento
training-import-hint = Archivos FIT, GPX o TCX de tu reloj (también comprimidos con gzip), o el .zip de «Download your data» de Strava. Se leen en este dispositivo y nunca se suben; solo se guarda un resumen de cada actividad, nunca el recorrido.
training-choose-files = Elegir archivos
training-drop-here = o suéltalos aquí.
training-reading = Leyendo { $done } de { $total }
training-import-cancelled = Importación cancelada: no se ha añadido nada.
training-import-none = No se ha importado ninguna actividad.
training-import-nothing-new = { $count ->
        [one] Nada nuevo: la actividad ya estaba.
       *[other] Nada nuevo: las { $digits } actividades ya estaban.
    }
training-import-added = Importado: { $activities }.
training-import-again = { $count ->
        [one] { $digits } ya estaba.
       *[other] { $digits } ya estaban.
    }
training-import-check = { $count ->
        [one] Una espera tu decisión en «Revisa estas actividades».
       *[other] { $digits } esperan tu decisión en «Revisa estas actividades».
    }
training-import-not-saved = No se ha importado nada: { $reason }

## Por qué no se leyó un archivo

training-file-not-loaded = No se pudo leer { $file } ({ $error }); inténtalo de nuevo.
training-file-unsupported = Fresh Legs no puede leer { $file }; elige un archivo .fit, .gpx o .tcx (también comprimido con gzip, como .fit.gz) o el .zip de una exportación de Strava.
training-file-too-large-activity = { $file } ocupa { $size } MB, más de los { $limit } MB que Fresh Legs lee para un archivo de actividad; no es una sola actividad, así que exporta esa actividad por separado.
training-file-too-large-archive = { $file } ocupa { $size } MB, más de los { $limit } MB que Fresh Legs lee para un archivo comprimido; descomprímelo y elige en su lugar los archivos de su carpeta activities.
training-file-unpacks-too-large = { $file } ocupa, descomprimido, más de los { $limit } MB que Fresh Legs lee para un archivo de actividad; no es una sola actividad, así que exporta esa actividad por separado.
training-file-entry-too-large = { $archive } contiene { $file }, que descomprimido ocupa más de los { $limit } MB que Fresh Legs lee para un archivo de actividad; descomprime el archivo y elige de ahí los archivos de actividad que quieras.
training-file-cut-short = { $file } está cortado (termina antes de su último registro); cópialo o expórtalo de nuevo desde el reloj o la app.
training-file-checksum = { $file } está cortado o dañado (su suma de comprobación no coincide); expórtalo de nuevo desde el reloj.
training-file-unreadable = No se pudo leer { $file } como archivo { $format } ({ $detail }); expórtalo de nuevo desde el reloj o la app.
training-file-no-times = { $file } no tiene horas en los puntos del track, así que no se sabe cuándo fue la carrera; expórtalo de nuevo con horas (una exportación de actividad, no una ruta).
training-file-no-laps = { $file } no tiene vueltas, así que no se sabe su duración; exporta de nuevo la actividad desde el reloj o la app.
training-file-not-strava = { $file } no tiene activities.csv, así que no es una exportación de Strava; en Strava, pide «Download your data» y elige el .zip que te envíen.
training-file-no-activity = { $file } no contiene ninguna actividad grabada: ni sesión ni track con horas; elige el archivo que guardó tu reloj después de una actividad.
training-file-not-an-activity = { $file } es { $what }, no una actividad grabada; elige el archivo que guardó tu reloj después de una actividad (en la mayoría de relojes, en su carpeta Activity).
training-file-no-date = { $file } cuenta las horas desde que se encendió el reloj y nunca da la fecha real, así que no se sabe cuándo fue la actividad; expórtala desde una app que le ponga fecha (como Garmin Connect o Strava).
training-file-only-short-legs = { $file } solo contiene transiciones y tramos de menos de un minuto, nada que cuente como entrenamiento.
training-file-too-many-parts = { $file } contiene más de { $limit } vueltas y sesiones, más de las que graba cualquier reloj en una actividad; no es un archivo de actividad.
training-file-partly-timed = { $file } solo tiene hora en { $timed } de sus { $points } puntos del track, muy pocos para saber cuándo fue la actividad y cuánto duró; expórtalo de nuevo con hora en cada punto (una exportación de actividad, no una ruta).
training-file-from-future = { $file } empieza el { $start } (UTC), más de un día después de ahora; revisa la fecha del reloj y vuelve a exportar la actividad.
training-file-missing-in-archive = El activities.csv de { $archive } nombra { $file }, pero el archivo comprimido no lo contiene; vuelve a descargar la exportación.
training-file-bad-row = No se puede leer la fila { $row } de activities.csv en { $archive }: { $detail }; vuelve a descargar la exportación.
training-file-in-archive = En { $archive }: { $problem }
training-left-out = Se ha dejado fuera { $name } del { $date } (en { $file }): { $reasons }
training-left-out-unnamed = Se ha dejado fuera una actividad del { $date } (en { $file }): { $reasons }
training-reader-not-loaded = No se pudo cargar el lector de archivos ({ $error }); recarga la página e inténtalo de nuevo.
training-reader-not-handed = No se pudo pasar { $file } al lector de archivos ({ $error }); importa menos archivos a la vez.
training-reader-stopped = El lector de archivos se ha detenido ({ $error }); no se ha añadido nada. Recarga la página e importa los archivos de nuevo.

## Qué contiene un archivo FIT que no es una actividad (tras «es»)

training-fit-device = la descripción de un dispositivo
training-fit-settings = un archivo de ajustes
training-fit-sport = los ajustes de un deporte
training-fit-workout = un entrenamiento programado (el plan de una sesión)
training-fit-course = un recorrido (una ruta que seguir)
training-fit-schedule = un plan de entrenamiento
training-fit-weight = una medición de peso
training-fit-totals = un archivo de totales
training-fit-goals = un archivo de objetivos
training-fit-blood-pressure = una medición de tensión arterial
training-fit-monitoring = la monitorización de un día (pasos y frecuencia cardiaca a lo largo del día)
training-fit-summary = un resumen de actividad sin sesión
training-fit-segment = un segmento (un tramo en el que competir)
training-fit-other = un archivo FIT de otro tipo (tipo { $type })

## Las comprobaciones de cada actividad guardada

training-check-year = Empieza en { $year }, antes de { $earliest }: el reloj no tenía la hora puesta.
training-check-duration = Una actividad dura algo más que nada y como mucho { $days } días.
training-check-heart-rate = Una frecuencia cardiaca va de { $low } a { $high } ppm.
training-check-pace-profile = Un perfil de ritmos tiene como mucho { $bands } franjas.

## Las frecuencias cardiacas

training-heart-heading = Tus frecuencias cardiacas
training-heart-hint = La carga de una sesión con pulso se mide respecto a ellas. Si las dejas vacías, la máxima se toma de tus archivos y la de reposo se cuenta como 60 ppm.
training-heart-estimate = Hasta que las pongas, la carga usa { NUMBER($max, maximumFractionDigits: 0) } ppm como máxima y { NUMBER($rest, maximumFractionDigits: 0) } ppm en reposo.
training-heart-max = Máxima (ppm)
training-heart-resting = En reposo (ppm)
training-heart-save = Guardar frecuencias cardiacas
training-heart-fix = No se ha guardado: corrige los campos marcados abajo.
training-heart-saved = Tus frecuencias cardiacas se han guardado.
