# Los temporizadores: la lista de rutinas, el reproductor guiado y lo que dice en voz alta, la
# barra de la rutina en curso, el editor de rutinas, el historial y compartir rutinas.
# Se tutea al corredor. Los avisos hablados (timers-say-*) los lee la voz del dispositivo
# mientras el corredor está sobre el rodillo: frases cortas, lo importante primero.

## La lista de rutinas

timers-title = Temporizadores
timers-lead = Automasaje guiado con el móvil en el suelo a tu lado: números grandes, pitidos, vibraciones y avisos hablados.
timers-routines = Rutinas
timers-new-routine = Nueva rutina
timers-in-progress = En curso
timers-built-in = Incluida
timers-yours = Tuya
timers-start = Empezar { $routine }
timers-return-to = Volver a { $routine }
timers-duplicate = Duplicar
timers-duplicate-label = Duplicar { $routine }
timers-edit = Editar
timers-edit-label = Editar { $routine }
timers-move-up-label = Subir { $routine }
timers-move-down-label = Bajar { $routine }
timers-not-copied = No se ha copiado: { $reason }
timers-not-moved = No se ha movido: { $reason }
timers-length-seconds = { $seconds } s
timers-length-minutes = { $minutes } min
timers-length-both = { $minutes } min { $seconds } s
timers-no-tool = Sin accesorio

## El inicio rápido de Hoy

timers-quick-self-massage = Tu rutina de automasaje de hoy
timers-quick-stretches = Estiramientos después de tu carrera

## Historial

timers-history = Historial de sesiones
timers-history-empty = Aquí aparecen las sesiones terminadas y detenidas.
timers-history-week = { $count ->
        [one] { $count } sesión en los últimos 7 días.
       *[other] { $count } sesiones en los últimos 7 días.
    }

## Compartir rutinas

timers-share = Compartir rutinas
timers-share-hint = Exporta tus propias rutinas para guardar una copia o pasarlas a otro dispositivo; importa un archivo exportado desde Fresh Legs.
timers-export = Exportar mis rutinas
timers-import-file = Importar desde un archivo
timers-import-paste = O pega rutinas en JSON
timers-import = Importar rutinas
timers-not-exported = No se ha exportado: { $reason }
timers-import-unread = No se ha importado nada. { $reason }
timers-import-not-saved = No se ha importado nada: { $reason }
timers-imported = { $count ->
        [one] { $digits } rutina importada.
       *[other] { $digits } rutinas importadas.
    }

## El reproductor

timers-not-found = Rutina no encontrada
timers-not-found-hint = Puede que esta rutina se haya borrado.
timers-back = Volver a los temporizadores
timers-nothing-to-play = Cada paso de esta rutina trabaja o presiona una zona lesionada ({ $areas }), así que hoy no hay nada que reproducir.
timers-other-in-progress = { $playing } sigue en curso. Vuelve a ella, o detenla (lo que hayas hecho va a tu diario) y empieza { $routine }.
timers-back-to = Volver a { $playing }
timers-stop-and-start = Detenerla y empezar { $routine }
timers-done = Hecho
timers-stopped = Detenida
timers-left-side = Lado izquierdo
timers-right-side = Lado derecho
timers-both-sides = Ambos lados
timers-guided = Rutina guiada: { $routine }
timers-leave-label = Salir del reproductor
timers-leave = ‹ Salir
timers-away = { $count ->
        [one] Dejaste esta rutina a medias hace { $digits } minuto. Sigue donde estabas, o detenla y anota lo que hiciste.
       *[other] Dejaste esta rutina a medias hace { $digits } minutos. Sigue donde estabas, o detenla y anota lo que hiciste.
    }
timers-tap-for-sound = 🔈 Toca para activar el sonido
timers-sound-held = El navegador retiene el sonido hasta que toques la pantalla.
timers-area = Zona
timers-tool = Accesorio
timers-side = Lado
timers-pressure = Presión
timers-first-position = Colócate para el primer paso; la cuenta atrás te dice cuándo empezar.
timers-next = Siguiente: { $step }
timers-last-step = Último paso
timers-start-again = Empezar de nuevo
timers-previous = Paso anterior
timers-pause = Pausa
timers-resume = Seguir
timers-skip = Saltar paso
timers-stop = Detener
timers-how-to = Cómo se hace
timers-keys = Teclas: espacio pausa o reanuda, las flechas retroceden o saltan, Esc pregunta antes de detener.
timers-time-left = Tiempo restante de este paso
timers-progress = Progreso de la rutina

## Lo que el reproductor muestra y dice de un tramo

timers-get-ready = Prepárate
timers-switch-sides = Cambia de lado
timers-work-tool = { $side ->
        [left] { $area }, lado izquierdo, { $with }
        [right] { $area }, lado derecho, { $with }
       *[none] { $area }, { $with }
    }
timers-work-stretch = { $side ->
        [left] { $area } (estiramiento), lado izquierdo
        [right] { $area } (estiramiento), lado derecho
       *[none] { $area } (estiramiento)
    }
timers-with-foam-roller = con el rodillo de espuma
timers-with-stick = con el rodillo de mano
timers-with-ball = con la pelota de masaje
timers-step-of = Paso { $number } de { $total }
timers-steps = { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }
timers-say-get-ready = Prepárate.
timers-say-get-ready-first = Prepárate. Primero: { $first }.
timers-say-step = { $step }.
timers-say-halfway = Mitad.
timers-say-switch-sides = Cambia de lado.
timers-say-switch-sides-next = Cambia de lado. Ahora: { $next }.
timers-say-warning-next = { $seconds ->
        [one] { $seconds } segundo. Después: { $next }.
       *[other] { $seconds } segundos. Después: { $next }.
    }
timers-say-warning-last = { $seconds ->
        [one] Queda { $seconds } segundo. Es el último.
       *[other] Quedan { $seconds } segundos. Es el último.
    }
timers-say-done = Rutina terminada. ¡Buen trabajo!

## La rutina en curso, en las demás pantallas

timers-running = Rutina en curso
timers-running-step = { $side ->
        [left] { $step }, lado izquierdo
        [right] { $step }, lado derecho
       *[none] { $step }
    }
timers-running-paused = En pausa · { $step }
timers-running-return = Volver
timers-leave-question = ¿Salir de { $routine }?
timers-leave-text = Puede seguir mientras miras otra pantalla: la barra encima de la navegación te trae de vuelta. O detenla ahora, y lo que hayas hecho va a tu diario.
timers-keep-going = Seguir en segundo plano
timers-stop-and-log = Detener y anotar lo hecho
timers-stay = Quedarme en la rutina
timers-nothing-logged = Detenida antes de empezar el masaje, así que no se ha anotado nada.
timers-logged-complete = Rutina terminada: { $time } de masaje añadidos a tu historial.
timers-logged-stopped = Detenida: { $time } de masaje añadidos a tu historial.
timers-not-logged-complete = Rutina terminada, pero sin anotar: { $reason }
timers-not-logged-stopped = Detenida, pero sin anotar: { $reason }

## El editor de rutinas

timers-built-in-hint = Las rutinas incluidas no se cambian. Usa «Duplicar» en la pantalla de temporizadores para crear tu propia versión.
timers-editor-not-found-hint = Puede que se haya borrado.
timers-edit-routine = Editar rutina
timers-routine-name = Nombre de la rutina
timers-steps-heading = Pasos
timers-add-step = Añadir paso
timers-step-limit = Una rutina tiene como máximo { $max } pasos; quita uno para añadir otro.
timers-save = Guardar rutina
timers-cancel = Cancelar
timers-delete = Borrar rutina
timers-delete-confirm = Sí, borrar { $routine }
timers-fix-fields = No se ha guardado: corrige los campos marcados abajo.
timers-not-saved = No se ha guardado: { $reason }
timers-not-deleted = No se ha borrado: { $reason }
timers-step-number = Paso { $number }
timers-seconds = Segundos
timers-seconds-per-side = Segundos por lado
timers-seconds-hint = De { $min } a { $max } segundos; 30–60 antes de correr, 60–120 después.
timers-what-to-do = Qué hacer
timers-move-step-up = Subir el paso { $number }
timers-move-step-down = Bajar el paso { $number }
timers-remove-step = Quitar el paso { $number }
timers-up = ↑ Subir
timers-down = ↓ Bajar
timers-remove = Quitar
