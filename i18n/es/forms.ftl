# Comprobaciones de los formularios: qué falla en un valor escrito, junto al campo al que se
# refiere, con el nombre del campo y sus límites (el perfil en Ajustes, las frecuencias
# cardiacas, los avisos del temporizador, una rutina y sus pasos), y por qué se rechazó un
# archivo de rutinas.
#
# Un valor escrito ($value, $text, $chars) se muestra tal cual. Los límites ($low, $high, $max)
# son números.

## Listas y números enteros escritos

forms-list-and = { $rest } y { $last }
forms-enter-number = Escribe un número.
forms-not-negative = Escribe 0 o más, no { $value }.
forms-too-big = { $value } es mucho más de lo que admite este campo; revisa el número.
forms-not-whole = Escribe un número entero, como 3, no «{ $text }».

## El perfil (Ajustes)

forms-display-name-long = El nombre visible tiene { $chars } caracteres; el máximo es { $max }.
forms-display-name-breaks = El nombre visible no puede contener saltos de línea ni tabulaciones.
forms-budget = Elige de 0 a { $max } masajes al mes, no { $value }.
forms-no-touch-days = Elige { $low } o { $high } días sin masaje antes de una carrera.
forms-cutoff = La fecha límite del masaje profundo antes de una carrera { $race ->
        [a] A
        [b] B
       *[c] C
    } puede ser de { $low } a { $high } días, no { $value }.
forms-post-race-gap = La espera después de una carrera puede ser de { $low } a { $high } horas, no { $value }; lo habitual son 72.
forms-per-block = Por bloque de entrenamiento, elige { $low } o { $high } sesiones, no { $value }.
forms-per-year = Al año, elige de { $low } a { $high } sesiones, no { $value }; doce o más es un presupuesto mensual.
forms-general-spacing = Deja entre { $low } y { $high } días entre masajes de mantenimiento, no { $value }.
forms-soreness-limit = El límite de agujetas puede ser de { $low } a { $high } horas, no { $value }.
forms-get-ready = La cuenta atrás para prepararte puede durar de 0 a { $max } segundos.

## Frecuencias cardiacas (Entrenamiento)

forms-heart-range = La frecuencia cardiaca { $rate ->
        [max] máxima
       *[resting] en reposo
    } puede ser de { $low } a { $high } ppm, no { $value }.
forms-heart-not-whole = La frecuencia cardiaca { $rate ->
        [max] máxima
       *[resting] en reposo
    } es un número entero de pulsaciones por minuto, como { $example }, no «{ $text }».
forms-heart-resting-below = La frecuencia cardiaca en reposo ({ $resting }) tiene que ser menor que la máxima ({ $max }).

## Una rutina y sus pasos (el editor de rutinas y los archivos de rutinas)

forms-step-seconds = Un paso dura entre { $low } y { $high } segundos; este dura { $value }.
forms-step-pressure = La presión es un intervalo de 0 a 10 con el número menor primero, p. ej. 4–6.
forms-step-instruction-long = La instrucción tiene { $chars } caracteres; el máximo es { $max }.
forms-routine-name-missing = Ponle un nombre a la rutina.
forms-routine-name-long = El nombre tiene { $chars } caracteres; el máximo es { $max }.
forms-routine-name-breaks = El nombre no puede contener saltos de línea ni tabulaciones.
forms-routine-no-steps = Añade al menos un paso.
forms-routine-too-many-steps = Una rutina tiene como mucho { $max } pasos; esta tiene { $value }.
forms-routine-step = Paso { $number }: { $problem }

## Por qué se rechazó un archivo de rutinas (no se importa nada de él)

forms-routines-not-json = Estos datos de rutinas no se pueden leer: { $problem }. Comprueba que elegiste el archivo .json exportado o que lo pegaste entero.
forms-routines-wrong-format = Este archivo JSON no es una exportación de rutinas de Fresh Legs.
forms-routines-newer = Este archivo es de una versión más reciente de Fresh Legs (formato { $found }; esta app lee hasta el { $supported }). Actualiza la app y vuelve a importarlo.
forms-routines-damaged = Las rutinas de este archivo están dañadas: { $problem }. Vuelve a exportarlas desde Fresh Legs.
forms-routines-empty = Este archivo no contiene rutinas.
forms-routines-missing-id = La rutina { $number } no tiene id; vuelve a exportarla desde Fresh Legs.
forms-routines-duplicate-id = Dos rutinas de este archivo comparten el id «{ $id }».
forms-routines-built-in = «{ $name }» es una rutina incluida, o usa su id, y ya está en la app.
forms-routines-invalid = La rutina { $number } («{ $name }») no se puede importar: { $summary }
