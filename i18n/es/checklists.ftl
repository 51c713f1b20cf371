# Las listas: para cada carrera, una lista para los días previos y otra para los días posteriores,
# agrupadas según cuándo toca cada punto, con los puntos que propone la aplicación y los del
# corredor. «Hoy» muestra los puntos del día con las mismas palabras.

checklists-title = Listas
checklists-no-race-title = Todavía no hay ninguna carrera
checklists-no-race = Cada carrera tiene una lista para los días previos y otra para los días posteriores. Añade una carrera para verlas.
checklists-race = Carrera
checklists-on-hold = Has indicado { $flag }: todo lo relacionado con masajes, citas, rutinas y aceites queda en espera hasta que un médico o un fisioterapeuta te dé el visto bueno.
checklists-progress = Progreso: { $list }

## Las dos listas y sus momentos

checklists-list-pre = Antes de la carrera
checklists-list-post = Después de la carrera
checklists-group-two-days-before = Dos días antes
checklists-group-day-before = La víspera
checklists-group-race-morning = La mañana de la carrera
checklists-group-first-two-hours = Las dos primeras horas tras cruzar la meta
checklists-group-day-one = El día siguiente
checklists-group-days-two-to-three = Días 2 y 3 después

## Los puntos propios

checklists-own-item = Tu propio punto
checklists-own-item-when = Cuándo
checklists-add = Añadir punto
checklists-added = Añadido a la lista { $group ->
        [two_days_before] de dos días antes
        [day_before] de la víspera
        [race_morning] de la mañana de la carrera
        [first_two_hours] de las dos primeras horas tras cruzar la meta
        [day_one] del día siguiente
       *[days_two_to_three] de los días 2 y 3 después
    }: «{ $item }».
checklists-edit-field = Editar punto
checklists-save = Guardar punto
checklists-cancel = Cancelar
checklists-edit = Editar
checklists-remove = Eliminar
checklists-move-up-named = Subir: { $item }
checklists-move-down-named = Bajar: { $item }
checklists-edit-named = Editar: { $item }
checklists-remove-named = Eliminar: { $item }
checklists-item-empty = Escribe lo que quieras recordar.
checklists-item-too-long = Son { $chars } caracteres; no pases de { $max }.
checklists-item-one-line = Escribe el punto en una sola línea.

## Los puntos que propone la aplicación

checklists-no-touch = Días sin masaje: no quieres ningún masaje { $days ->
        [one] el día antes de la carrera
       *[other] en los { $days } días previos a la carrera
    }, así que deja también el rodillo a un lado.
checklists-book-pre-event-compression = Reserva tu masaje precompetitivo para mañana: compresiones por encima de la ropa.
checklists-book-pre-event-deep = Reserva tu masaje precompetitivo para mañana: el trabajo más firme que ya sabes que te sienta bien.
checklists-book-pre-event-light = Reserva tu masaje precompetitivo para mañana: una descarga suave con compresiones, balanceos y vibraciones.
checklists-hydrate-two-days-before = Bebe a menudo a lo largo del día; ten siempre una botella a mano.
checklists-pre-event-compression = Masaje precompetitivo: compresiones enérgicas por encima de la ropa, y nada más.
checklists-pre-event-deep = Masaje precompetitivo: el trabajo más firme que te gusta, sin técnicas nuevas.
checklists-pre-event-light = Masaje precompetitivo: pases suaves de descarga, compresiones, balanceos y vibraciones. Deberías salir con las piernas ligeras y con chispa.
checklists-deep-work-note = Que el trabajo profundo sea breve, y nunca más profundo de lo que ya hayas probado antes de un entrenamiento duro o de una carrera menos importante.
checklists-pre-race-routine = Automasaje: { $routine } ({ $minutes } min), solo con presión suave.
checklists-hydrate-day-before = Sigue bebiendo a lo largo del día; el objetivo es una orina de color amarillo claro.
checklists-sun-safe-oil = Carrera al aire libre y con luz de día: si te pones un aceite cítrico en la piel, llévate uno que no sea fototóxico (bergamota FCF, limón o lima destilados, naranja dulce o mandarina).
checklists-morning-drink = Bebe agua a sorbos con el desayuno; no hace falta que te fuerces a beber más.
checklists-morning-short-session = Opcional: una sesión corta y suave entre 15 y 45 minutos antes de la salida, siempre antes del calentamiento.
checklists-warm-up-hands-on = Calienta como siempre: trote suave y ejercicios de técnica de carrera. El masaje nunca lo sustituye.
checklists-warm-up-hands-off = Calienta con trote suave y ejercicios de técnica de carrera: es toda la preparación que necesitan tus piernas.
checklists-refuel = Bebe y come algo durante la primera hora.
checklists-static-stretch = Cuando hayas caminado un poco y te hayas enfriado, estiramientos estáticos suaves: mantén cada uno, sin rebotes.
checklists-post-event-flush = Masaje de descarga: una descarga suave con pases lentos y controlados, algo más firme que antes de la carrera, pero nunca profunda.
checklists-post-race-routine = Rodillo suave desde hoy: { $routine } ({ $minutes } min); para mucho antes de notar molestias.
checklists-hydrate-after = Sigue reponiendo líquidos a lo largo del día.
checklists-no-general-until = Nada de masaje profundo (de mantenimiento) hasta el { $date }, a las { $time }: los músculos cansados necesitan antes ese margen.
checklists-soreness-check = Control de agujetas: valora cómo notas las piernas. Las agujetas de la carrera deberían ir a menos hacia el día 3; si no es así, o ves moratones, consulta a un profesional sanitario.
