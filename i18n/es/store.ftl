# Tus datos: por qué no se pudieron leer ni guardar, por qué se rechazó un archivo importado, y
# el aviso sobre los registros apartados. El motivo de cada registro apartado se guarda con él,
# en inglés (no está aquí).
#
# $location: dónde se guardan los datos (una carpeta o el almacenamiento de este navegador);
# $detail: el error que indicó el sistema.

## Leer y guardar

store-read = No se pudieron leer tus datos en { $location }: { $detail }. Comprueba que la carpeta existe y se puede leer.
store-write = No se pudieron guardar tus datos en { $location }: { $detail }. Tu última copia guardada está intacta; libera espacio o revisa los permisos y vuelve a intentarlo.
store-full = No queda espacio en { $location }, así que tu último cambio no se ha guardado (tu última copia guardada está intacta). El aviso de arriba ofrece formas de hacer sitio.
store-set-aside = No se pudieron apartar los datos ilegibles guardados en { $location }: { $detail }. No se ha cambiado nada.
store-newer = Tus datos los escribió una versión más reciente de Fresh Legs (formato { $found }, esta app conoce hasta el { $supported }). Se abren en solo lectura para que no se pierda nada; actualiza la app para hacer cambios.
store-changed-unreadable = Otra copia de Fresh Legs guardó en { $location } datos que esta no sabe leer, así que no se ha guardado nada encima. Vuelve a cargar la app para ver qué ha pasado con ellos.
store-no-data-dir = No se encontró ninguna carpeta donde guardar tus datos. Pon en FRESH_LEGS_DATA_DIR una carpeta en la que puedas escribir.

## Cantidades de almacenamiento

store-kilobytes = { $amount } kB
store-megabytes = { $amount } MB

## Por qué se rechazó un archivo importado

store-import-empty = El archivo está vacío. No se ha cambiado nada.
store-import-too-large = El archivo ocupa { $megabytes } MB, más de los 10 MB que podría ocupar una exportación, así que no es una exportación de Fresh Legs. No se ha cambiado nada.
store-import-not-text = El archivo no es texto: algunos de sus bytes no son UTF-8, así que no es una exportación de Fresh Legs. No se ha cambiado nada.
store-import-truncated = El archivo termina antes de tiempo: parece cortado, quizá por una descarga o una copia sin terminar. No se ha cambiado nada.
store-import-malformed = Esto no es una exportación de Fresh Legs ({ $detail }). No se ha cambiado nada.
store-import-newer = El archivo es de una versión más reciente de Fresh Legs (formato { $found }); actualiza la app para importarlo. No se ha cambiado nada.
store-import-partial = El archivo está incompleto, como si se hubiera cortado o editado a mano: le falta { $missing }. Vuelve a exportarlo desde Fresh Legs. No se ha cambiado nada.
store-list-or = { $rest } o { $last }
store-file-unreadable = No se pudo leer { $name }: { $problem }

## Las partes de una exportación

store-section-profile = los ajustes
store-section-races = las carreras
store-section-blocks = los bloques de entrenamiento
store-section-log = el diario
store-section-checklists = las listas de las carreras
store-section-oil-marks = las notas sobre aceites
store-section-routines = tus rutinas
store-section-activities = el entrenamiento importado
store-section-tombstones = el registro de borrados

## El aviso sobre los registros apartados

store-set-aside-document = Aquí se guarda una copia de datos guardados que no se pudo abrir hasta que cierres este aviso; descárgala para conservarla.
store-set-aside-records = { $count ->
        [one] 1 registro no se pudo usar y se ha apartado sin cambios
       *[other] { $digits } registros no se pudieron usar y se han apartado sin cambios
    }: { $records }. Todo lo demás se ha cargado.
store-record-race-named-dated = la carrera «{ $name }» del { $date }
store-record-race-named = la carrera «{ $name }»
store-record-race-dated = la carrera del { $date }
store-record-log-dated = { $kind ->
        [massage] el masaje
        [soreness] el registro de agujetas
        [injury] la lesión
        [self-massage] el automasaje
        [red-flag] la respuesta sobre señales de alarma
       *[entry] la entrada
    } del { $date } en tu diario
store-record-log-kind = { $kind ->
        [massage] un masaje
        [soreness] un registro de agujetas
        [injury] una lesión
        [self-massage] un automasaje
       *[red-flag] una respuesta sobre señales de alarma
    } en tu diario
store-record-block-dated = el bloque de entrenamiento del { $start } al { $end }
store-record-routine = la rutina «{ $name }»
store-record-activity = la actividad importada «{ $name }»
store-record-in = { $section ->
        [races] una carrera
        [blocks] un bloque de entrenamiento
        [log] una entrada del diario
        [checklists] una lista de carrera
        [oil_marks] una nota sobre un aceite
        [routines] una rutina
        [activities] una actividad importada
        [tombstones] un registro de borrado
        [profile] un ajuste
       *[other] un registro
    }

## El almacenamiento de la app web, como lo nombran los mensajes de arriba
store-browser-storage = el almacenamiento de este navegador para este sitio
store-browser-kept-under = { $place }, con la clave «{ $key }»
store-browser-not-allowed = el navegador no permite que este sitio guarde datos (¿modo privado?)
store-browser-refused-read = el navegador se negó a leerlos
store-browser-refused-store = el navegador se negó a guardarlos
store-browser-refused-change = el navegador se negó a cambiarlos
store-browser-full = el almacenamiento del navegador está lleno
