# Ajustes: el perfil y las preferencias, tus datos (exportar, importar, borrar) y la pantalla
# «Abrir un archivo».

settings-title = Ajustes
settings-saved-as-you-go = Cada cambio se guarda al momento.
settings-not-saved = No se ha guardado: { $problem }

## Perfil

settings-profile = Perfil
# «(Language)» devuelve a su idioma a quien no lee español.
settings-language = Idioma (Language)
settings-language-device = Como en este dispositivo
settings-language-en = English
settings-language-de = Deutsch
settings-language-fr = Français
settings-language-es = Español
settings-display-name = Nombre visible
settings-units = Unidades
settings-units-km = Kilómetros
settings-units-mi = Millas
settings-theme = Tema
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-theme-black = Negro puro
settings-motion = Reducir movimiento
settings-motion-system = Como en este dispositivo
settings-motion-reduce = Sí: pantalla quieta
settings-motion-full = No: permitir animaciones

## Masaje

settings-massage = Masaje
settings-budget = Masajes con un profesional al mes
settings-tight-per = Con menos de uno al mes
settings-tight-none = Ningún masaje con un profesional
settings-tight-block = Algunos por bloque de entrenamiento
settings-tight-year = Algunos al año
settings-tight-sessions = Cuántos
settings-tight-hint = Se reservan para tus bloques de entrenamiento más duros y tus semanas de series.
settings-pre-event = Antes de una carrera prefiero
settings-pre-event-light-flush = Descarga suave (recomendado)
settings-pre-event-compression = Compresiones sobre la ropa
settings-pre-event-deep = Trabajo profundo (ya lo he probado)
settings-pre-event-no-touch = Ningún masaje antes de la carrera
settings-no-touch-days = Días sin masaje antes de una carrera

## Material y sol

settings-tools = Tu material
settings-tool-foam-roller = Rodillo de espuma
settings-tool-stick = Rodillo de mano (stick de masaje)
settings-tool-ball = Pelota de masaje
settings-sun = Sol
settings-outdoors = Entreno al aire libre con luz de día
settings-outdoors-hint = Algunos aceites cítricos hacen que la piel se queme al sol; la calculadora de aromaterapia los mantiene entonces cada día en su dosis máxima con sol.

## Fechas límite y separación

settings-cutoffs = Masaje profundo lejos de las carreras
settings-cutoffs-hint = El masaje profundo (de mantenimiento) te deja agujetas uno o dos días, así que se deja de hacer este número de días antes de una carrera.
settings-cutoff-a = Días antes de una carrera A
settings-cutoff-b = Días antes de una carrera B
settings-cutoff-c = Días antes de una carrera C
settings-post-race-gap = Horas tras una carrera hasta el siguiente masaje profundo
settings-general-spacing = Días entre dos masajes profundos
settings-soreness-limit = Horas de agujetas tras un masaje profundo que son normales
settings-soreness-hint = Si duran más, llegan a 3 sobre 10 o más, o aparece algún moratón, el trabajo fue demasiado profundo y la siguiente sesión será más suave.

## Avisos del temporizador

settings-cues = Avisos del temporizador
settings-cues-hint = Cómo te indica la rutina guiada lo que viene mientras el móvil está en el suelo.
settings-cue-beep = Pitido en cada cambio
settings-cue-vibrate = Vibrar (en móviles que puedan)
settings-cue-speak = Decir en voz alta el siguiente paso
settings-get-ready = Cuenta atrás para prepararte (segundos)

## Tus datos

settings-data = Tus datos
settings-data-stays = Tus datos se quedan en este dispositivo, en
settings-data-nothing-sent = No se envía nada a ninguna parte.
settings-show-folder = Mostrar la carpeta de datos
settings-export = Exportar
settings-export-hint = Un solo archivo con todo, para guardarlo como copia de seguridad o llevarlo a otro dispositivo.
settings-export-mine = Exportar mis datos
settings-import = Importar
settings-import-file = Importar desde un archivo
settings-import-paste = O pega aquí una exportación
settings-import-check = Comprobar los datos pegados
settings-import-cancel = Cancelar la importación
settings-merge-mine = Combinar con mis datos
settings-replace-mine = Sustituir mis datos
settings-undo = Deshacer
settings-delete = Borrar todos los datos
settings-delete-question = Esto borra todas las carreras, bloques de entrenamiento, entradas del diario y ajustes de este dispositivo. No se puede deshacer; exporta antes si crees que podrías necesitarlos.
settings-delete-yes = Sí, borrarlo todo
settings-delete-no = Conservar mis datos

## Lo que contiene un archivo comprobado

settings-file-races = { $count ->
    [one] { $digits } carrera
   *[other] { $digits } carreras
}
settings-file-blocks = { $count ->
    [one] { $digits } bloque de entrenamiento
   *[other] { $digits } bloques de entrenamiento
}
settings-file-log-entries = { $count ->
    [one] { $digits } entrada del diario
   *[other] { $digits } entradas del diario
}
settings-file-routines = { $count ->
    [one] { $digits } rutina
   *[other] { $digits } rutinas
}
settings-file-activities = { $count ->
    [one] { $digits } actividad importada
   *[other] { $digits } actividades importadas
}
settings-file-summary = El archivo es una exportación con { $races }, { $blocks }, { $entries }, { $routines } y { $activities }.
settings-file-set-aside = { $count ->
    [one] { $digits } registro no se ha podido usar; viene apartado y sin cambios, y puedes descargarlo desde el aviso.
   *[other] { $digits } registros no se han podido usar; vienen apartados y sin cambios, y puedes descargarlos desde el aviso.
}

## Lo que ha hecho una importación, una sustitución, deshacer o borrar

settings-merged = Importado: el archivo se ha combinado con tus datos.
settings-replaced = Importado: tus datos son ahora los del archivo.
settings-not-imported = No se ha importado: { $problem }
settings-nothing-to-undo = No hay nada que deshacer.
settings-undone = Deshecho: tus datos vuelven a estar como antes de la importación.
settings-not-undone = No se ha deshecho: { $problem }
settings-erased = Se han borrado todos los datos. Fresh Legs está como nueva en este dispositivo.
settings-not-deleted = No se ha borrado: { $problem }
settings-replace-question = ¿Sustituir todos tus datos de este dispositivo por los del archivo? Cada carrera, bloque de entrenamiento, entrada del diario y ajuste de aquí deja paso a lo que contiene el archivo. Puedes deshacerlo hasta tu próximo cambio.
settings-replace-yes = Sí, sustituir mis datos
settings-replace-no = No, conservar mis datos

## Si una importación cabe en el almacenamiento del navegador

settings-room-space = Espacio: combinados, tus datos ocuparían { $merged } del almacenamiento de este navegador; sustituidos por el archivo, { $replaced } (cada uno contado dos veces, porque cada guardado conserva una copia de seguridad del anterior). El navegador tiene { $room } para Fresh Legs.
settings-room-both-fit = Caben las dos opciones.
settings-room-merge-fits = Combinar cabe; sustituir, no.
settings-room-replace-fits = Combinar no cabe; sustituir, sí. Para combinar, primero haz sitio quitando parte de lo que hay guardado ahora:
settings-room-neither-fits = No cabe ninguna: el archivo por sí solo necesita más de lo que este navegador guarda para un sitio, así que no se puede importar aquí. Ábrelo en la aplicación de escritorio de Fresh Legs, que guarda tus datos en el disco.

## La pantalla «Abrir un archivo»

settings-open-title = Abrir un archivo
settings-open-waiting = Esperando un archivo. Cuando abras o compartas una exportación de Fresh Legs con esta aplicación, aparecerá aquí con su contenido antes de que cambie nada.
settings-open-import-instead = Importar desde Ajustes
settings-open-refused = No se puede importar { $name }: { $problem }
settings-open-ways = Combinar conserva tus datos y añade los del archivo; de lo que se haya editado en ambos sitios, gana la copia más reciente. Sustituir deja tus datos exactamente como los del archivo.
settings-open-merge = Combinar con mis datos
settings-open-not-now = Ahora no
settings-open-go-today = Ir a Hoy
settings-open-your-data = Tus datos en Ajustes
