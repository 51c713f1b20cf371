# Piezas que comparten varias pantallas: el progreso de una lista, los puntos de una lista de
# carrera, el mensaje de la parte de abajo, los avisos sobre tus datos, el gráfico de carga de
# entrenamiento, las formas de hacer sitio, el mapa del cuerpo, y lo que pasa con los archivos
# (guardar, abrir, mostrar la carpeta de datos).

## Progreso y listas

components-progress = { $done } de { $total } hechos
components-on-hold = En espera hasta que un médico o un fisioterapeuta te dé el visto bueno para tu señal de alarma.
components-start-routine = Empezar { $routine }

## El mensaje de la parte de abajo

components-undo = Deshacer
components-close-message = Cerrar este mensaje

## Los avisos sobre tus datos

components-backup-opened = Se ha abierto en su lugar tu última copia buena, así que como mucho falta el cambio más reciente.
components-started-empty = La app se ha iniciado sin datos.
components-not-read = No se pudieron leer tus datos guardados. Se han conservado, sin cambios, en { $place }. { $opened }
components-newer = Tus datos los guardó una versión más reciente de Fresh Legs (formato { $found }). Se muestran en solo lectura para que no se pierda nada: actualiza la app para hacer cambios.
components-not-saved = No guardado: { $problem }
components-download-set-aside = Descargar lo apartado
components-dismiss = Cerrar
components-stuck = No se pudieron leer tus datos guardados y no hay sitio para apartar una copia ({ $detail }). No se ha cambiado nada: la app está abierta en solo lectura, así que los datos siguen donde están.
components-stuck-advice = Descárgalos para ponerlos a salvo y luego empieza de cero; o sigue en solo lectura tal como está.
components-download-unreadable = Descargar los datos ilegibles
components-start-fresh = Empezar de cero
components-start-fresh-waits = «Empezar de cero» borra los datos ilegibles, así que espera a que los hayas descargado.
components-could-not-open = Fresh Legs no pudo abrir tus datos

## El gráfico de carga de entrenamiento

components-chart-summary = Carga de entrenamiento de { $weeks } semanas desde el { $from }, { $hard ->
        [one] { $hard } semana marcada como dura
       *[other] { $hard } semanas marcadas como duras
    }.
components-chart-key = Las barras más altas son semanas más cargadas; las duras están rellenas. Debajo: tus bloques de entrenamiento y, con contorno, los bloques que sugieren tus archivos.
components-chart-table = Ver las semanas en una tabla
components-chart-week-of = Semana del
components-chart-load = Carga (TRIMP)
components-chart-per-day-week = Por día, esta semana
components-chart-per-day-28 = Por día, últimos 28 días
components-chart-notes = Notas
components-chart-hard = dura
components-chart-speed-work = trabajo de velocidad
components-chart-race = carrera
components-chart-proposed = propuesto: { $block }

## Hacer sitio cuando los datos no caben

components-remove-training = Quitar { $count ->
        [one] { $digits } resumen de entrenamiento importado
       *[other] { $digits } resúmenes de entrenamiento importados
    } (los resúmenes de los archivos de tu reloj; los bloques y carreras que aceptaste se quedan)
components-remove-old-log = Quitar { $count ->
        [one] { $digits } entrada del diario
       *[other] { $digits } entradas del diario
    } anteriores al { $date }
components-download-copy = Descargar una copia de tus datos
components-frees = { $way } (libera unos { $amount })
components-remove-question = ¿{ $way }? No se pueden recuperar, salvo desde una copia que hayas descargado.
components-removed = Quitado. Se han liberado unos { $amount } y tus datos están guardados.
components-still-not-saved = Sigue sin guardarse: { $problem }
components-remove-yes = Sí, quitarlos
components-remove-no = No, conservarlos

## El mapa del cuerpo

components-front = Delante
components-back = Detrás
components-body-map = Mapa del cuerpo
components-body-map-lit = Mapa del cuerpo: { $area } resaltado
components-nothing-yet = nada todavía
components-selected = Seleccionado: { $area }

## Archivos: guardar, abrir y la carpeta de datos

components-json-files = Archivos de Fresh Legs (.json)
components-calendar-files = Calendarios (.ics)
components-save-title = Guardar { $file }
components-dialog-save = _Guardar
components-dialog-open = _Abrir
components-open-title = Abrir un archivo de Fresh Legs
components-saved-to = Guardado en { $path }
components-save-closed = No se ha guardado nada: se cerró la ventana de guardar.
components-ready-to-share = { $file } está listo para compartir: elige adónde va.
components-downloaded = { $file } descargado: tu navegador lo guarda con tus otras descargas.
components-no-dialog = Aquí no se pudo abrir ninguna ventana para elegir archivos.
components-paste-instead = Abre el archivo en un editor de texto, cópialo entero y pégalo en el cuadro de abajo.
components-folder-not-opened = No se pudo abrir la carpeta ({ $opener }: { $why }). Está en { $folder }.
components-folder-no-manager = no encontró ningún gestor de archivos, código de salida { $code }
components-folder-stopped = se detuvo
