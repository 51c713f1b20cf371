# Rutinas de automasaje y estiramientos: las zonas del cuerpo, los accesorios y los lados de un
# paso, los nombres e instrucciones de las rutinas incluidas, lo que una lesión cambia en una
# rutina y cuánto automasaje conviene en cada momento. Se tutea al corredor. Las instrucciones
# se leen en voz alta: frases cortas, como las diría un masajista.

## Zonas del cuerpo: como nombre y en mitad de una frase

routines-area-feet = Pies
routines-area-calves = Gemelos
routines-area-achilles = Tendón de Aquiles
routines-area-shins = Tibias
routines-area-quads = Cuádriceps
routines-area-hamstrings = Isquiotibiales
routines-area-it-band = Cintilla iliotibial
routines-area-adductors = Aductores
routines-area-hip-flexors = Flexores de cadera
routines-area-glutes = Glúteos
routines-area-lower-back = Zona lumbar
routines-area-upper-back = Parte alta de la espalda
routines-in-sentence-feet = pies
routines-in-sentence-calves = gemelos
routines-in-sentence-achilles = tendón de Aquiles
routines-in-sentence-shins = tibias
routines-in-sentence-quads = cuádriceps
routines-in-sentence-hamstrings = isquiotibiales
routines-in-sentence-it-band = cintilla iliotibial
routines-in-sentence-adductors = aductores
routines-in-sentence-hip-flexors = flexores de cadera
routines-in-sentence-glutes = glúteos
routines-in-sentence-lower-back = zona lumbar
routines-in-sentence-upper-back = parte alta de la espalda
routines-area-list = { $first } y { $last }

## Accesorios y lados

routines-tool-foam-roller = Rodillo de espuma
routines-tool-stick = Rodillo de mano
routines-tool-ball = Pelota de masaje
routines-tool-none = Ninguno: estiramiento
routines-side-left = Izquierdo
routines-side-right = Derecho
routines-side-both = Ambos lados
routines-side-each = Un lado y luego el otro

## Las rutinas incluidas

routines-name-pre-race-flush = Descarga suave antes de la carrera
routines-name-post-race-flush = Descarga después de la carrera
routines-name-post-race-stretch = Estiramientos después de la carrera
routines-name-calves-hamstrings-stick = Gemelos e isquios con el rodillo de mano
routines-name-hips-glutes-ball = Caderas y glúteos con la pelota
routines-name-full-body = Sesión de cuerpo entero
routines-name-hard-block = Sesión específica para bloques duros

## La instrucción de un paso incluido: la posición, el ritmo y lo que hay que evitar

routines-instruction = { $place } { $pace } { $care }
routines-pace-flush = Pasadas ágiles y suaves: las piernas deben quedar ligeras.
routines-pace-recovery = Despacio y con suavidad; afloja si un punto molesta.
routines-pace-targeted = Pasadas lentas, parándote una o dos respiraciones en un punto tenso.
routines-pace-stretch = Mantén quieto con un tirón suave y respira; sin rebotes.
routines-place-calves-roller = Gemelo sobre el rodillo, manos detrás, cadera arriba; rueda desde encima del tobillo hasta debajo de la rodilla.
routines-place-calves-stick = Sentado, pie apoyado, sube el rodillo por el gemelo desde encima del tobillo hasta debajo de la rodilla.
routines-place-calves-ball = Sentado, pelota bajo el gemelo y la otra pierna cruzada encima para cargar; muévete en recorridos cortos.
routines-place-calves-stretch = Manos en la pared, esta pierna estirada atrás, talón en el suelo; inclínate hasta notar tirar el gemelo.
routines-place-shins-stick = Sentado, rueda el músculo justo por fuera de la tibia, del tobillo hasta debajo de la rodilla.
routines-place-shins = De rodillas, la parte delantera de la pierna sobre el rodillo, girada un poco hacia dentro para que cargue el músculo junto al hueso.
routines-place-quads-stick = Sentado y erguido, baja por la parte delantera del muslo desde la cadera hasta encima de la rodilla.
routines-place-quads-stretch = De pie, una mano en la pared, sujeta este pie por detrás y lleva el talón hacia el glúteo, rodillas juntas.
routines-place-quads = Boca abajo sobre los antebrazos, rodillo bajo el muslo; rueda desde encima de la rodilla hasta la cadera.
routines-place-hamstrings-roller = Parte trasera del muslo sobre el rodillo, manos detrás; rueda desde encima de la rodilla hasta el isquion.
routines-place-hamstrings-stick = Pie sobre un escalón bajo, rueda la parte trasera del muslo desde encima de la rodilla hasta debajo del glúteo.
routines-place-hamstrings-ball = Sentado en una silla firme, pelota bajo el muslo; estira y dobla la rodilla despacio.
routines-place-hamstrings-stretch = Boca arriba, una toalla alrededor de este pie, sube la pierna estirada hasta notar tirar la parte trasera del muslo.
routines-place-it-band-stick = Sentado, rueda la parte exterior del muslo desde la cadera hasta encima de la rodilla.
routines-place-it-band = De lado sobre el rodillo, el pie de arriba apoyado delante para quitar peso; rueda la parte exterior del muslo.
routines-place-adductors-stick = Sentado, rodilla abierta hacia fuera, rueda la cara interna del muslo desde encima de la rodilla hacia arriba.
routines-place-adductors-stretch = Sentado y erguido, plantas de los pies juntas, rodillas abiertas; inclínate un poco hacia delante desde la cadera.
routines-place-adductors = Boca abajo, esta rodilla doblada hacia un lado sobre el rodillo; rueda la cara interna del muslo desde la rodilla hacia arriba.
routines-place-hip-flexors-ball = Boca abajo, pelota justo por dentro del saliente óseo de delante de la cadera; deja que el peso se hunda despacio.
routines-place-hip-flexors-stretch = Con esta rodilla en el suelo, mete la pelvis y desplázate hacia delante hasta notar tirar la parte delantera de la cadera.
routines-place-hip-flexors = Boca abajo, rodillo justo debajo del hueso de delante de la cadera; movimientos pequeños y lentos.
routines-place-glutes-ball = Siéntate sobre la pelota en el centro de este glúteo; busca un punto sensible y quédate ahí mientras respiras.
routines-place-glutes-stretch = Boca arriba, este tobillo sobre la otra rodilla; lleva ambas piernas hacia el pecho.
routines-place-glutes = Siéntate en el rodillo, este tobillo sobre la otra rodilla, e inclínate hacia este lado.
routines-place-upper-back-ball = Pelota entre la pared y el músculo junto al omóplato; apóyate y muévete despacio.
routines-place-upper-back = Rodillo de través bajo los omóplatos, manos detrás de la cabeza; rueda desde la mitad de la espalda hasta los hombros.
routines-place-feet = Sentado o de pie, rueda la pelota bajo la planta desde el talón hasta la parte delantera del pie.
routines-place-hands-only = Trabaja alrededor de la zona solo con las manos.
routines-care-calves-tool = No pases por detrás de la rodilla ni por el tendón de Aquiles.
routines-care-calves-stretch = Rodilla de atrás estirada, pero sin bloquearla.
routines-care-shins = Quédate en el músculo, nunca sobre el hueso.
routines-care-quads-tool = Para a un palmo por encima de la rótula.
routines-care-quads-stretch = Espalda recta; apóyate en la pared para no perder el equilibrio.
routines-care-hamstrings-tool = No pases por detrás de la rodilla.
routines-care-hamstrings-stretch = La otra pierna relajada y la zona lumbar en el suelo.
routines-care-it-band = Evita el hueso de la cadera y la rodilla; sáltalo si duele de forma aguda.
routines-care-adductors-tool = Para antes de la ingle.
routines-care-adductors-stretch = Deja caer las rodillas solo hasta donde sea cómodo.
routines-care-hip-flexors-tool = Apártate enseguida si notas pulso, hormigueo o entumecimiento.
routines-care-hip-flexors-stretch = La rodilla de delante sobre el tobillo.
routines-care-glutes-tool = Quédate en el músculo, lejos del coxis y de la zona lumbar.
routines-care-glutes-stretch = La cabeza y los hombros en el suelo.
routines-care-upper-back = Nunca ruedes la zona lumbar ni el cuello.
routines-care-feet = Presiona suave sobre el arco.
routines-care-never-roll = Nunca ruedes sobre ella.

## Lo que una lesión cambia en una rutina, una frase por zona lesionada

routines-injury-dropped = Por tu lesión ({ $injured }): sin pasos de { $dropped }.
routines-injury-softened = Por tu lesión ({ $injured }): { $softened } con presión suave ({ $min }–{ $max } de 10).
routines-injury-both = Por tu lesión ({ $injured }): sin pasos de { $dropped }; { $softened } con presión suave ({ $min }–{ $max } de 10).

## Cuánto automasaje conviene (regla 8); los motivos van en mitad de una frase

routines-dose-race-week = Una pasada rápida y suave: unos { $seconds } s por músculo, presión ligera, y al siguiente.
routines-dose-after-race = Rueda las piernas despacio y con suavidad, unos { $seconds } s por músculo; para mucho antes de que moleste.
routines-dose-hard-block = Trabajo específico, unos { $seconds } s por músculo con presión moderada, de 4 a 6 sobre 10; el rodillo de mano va bien para gemelos e isquiotibiales.
routines-dose-everyday = Una pasada completa: unos { $seconds } s por grupo muscular, despacio y con presión moderada.
routines-why-race-week = la semana de carrera pide sesiones cortas y suaves para que las piernas lleguen frescas
routines-why-after-race = los músculos cansados se recuperan mejor con presión suave que con trabajo fuerte
routines-why-hard-block = las semanas duras y de series cargan gemelos, isquiotibiales y caderas, así que dales más tiempo
routines-why-everyday = cuidarte en casa con regularidad entre sesiones suma; más fuerte no es mejor, el músculo se defiende

## La presión de un paso en la escala de 0 a 10.
routines-pressure-one = { $word } ({ $level } de { $max })
routines-pressure-range = { $word } ({ $min }–{ $level } de { $max })
routines-pressure-between = { $low } a { $high }
