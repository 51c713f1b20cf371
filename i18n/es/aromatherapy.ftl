# Aromaterapia: la guía de aceites, la calculadora de mezclas y las precauciones.
#
# Un espacio de no separación ({"\u00A0"}) une cada cifra a su unidad, para que ninguna pantalla
# estrecha deje «0,4» al final de una línea y «%» al principio de la siguiente.
# $oil, $race y $alternative son nombres; $why es una oración que dice por qué rigen los límites
# al sol (aromatherapy-sun-why-…); $max, $total, $strength, $share y $range son porcentajes ya
# escritos (aromatherapy-percent, aromatherapy-percent-range).

## Porcentajes

aromatherapy-percent = { NUMBER($value, maximumFractionDigits: 2) }{"\u00A0"}%
aromatherapy-percent-range = { NUMBER($low, maximumFractionDigits: 2) } a { NUMBER($high, maximumFractionDigits: 2) }{"\u00A0"}%

## La pantalla

aromatherapy-title = Aromaterapia
# $flag: la señal de alarma indicada, en mitad de la frase («una lesión reciente»).
aromatherapy-stop = Has indicado { $flag }: nada de aceites de masaje sobre la piel hasta que un médico o fisioterapeuta te dé el visto bueno. Consulta a uno hoy mismo.
aromatherapy-lead = { $race }: { $phase }.
aromatherapy-lead-fits = Los aceites marcados «Ideal ahora» encajan con esta fase ({ $goal ->
        [energising] energizantes, antes de una carrera
       *[calming] relajantes, para la recuperación
    }).
aromatherapy-lead-no-race = No hay ninguna carrera cerca, así que vale cualquier aceite que te guste; las marcas aparecen en la semana de la carrera.
aromatherapy-warnings = Avisos
aromatherapy-warning = Aviso:
aromatherapy-fits-now = Ideal ahora
aromatherapy-goal-energising = Energizantes, antes de una carrera
aromatherapy-goal-calming = Relajantes, para la recuperación

## Antes de elegir un aceite

aromatherapy-cautions = Antes de elegir un aceite
aromatherapy-safe-undiluted = Nunca pongas un aceite esencial sin diluir sobre la piel, y nunca lo tragues.
aromatherapy-safe-strength = Para un masaje corporal, mezcla de { $range } en un aceite vegetal: de { $low_drops } a { $high_drops }{"\u00A0"}gotas en { $ml }{"\u00A0"}ml.
aromatherapy-safe-patch-test = Haz una prueba de tolerancia con cada aceite nuevo: un poco de la mezcla diluida en la cara interna del antebrazo, y espera de 24 a 48{"\u00A0"}horas por si aparece enrojecimiento o picor.
aromatherapy-safe-try-early = Prueba los aceites nuevos semanas antes de la semana de la carrera, nunca por primera vez antes de una carrera importante.
aromatherapy-take-care = Precauciones generales
aromatherapy-take-care-hint = Los aceites de más abajo remiten aquí en lugar de repetirlo.
aromatherapy-caution-lead = { $caution }:
aromatherapy-caution-pregnancy = Embarazo o lactancia
aromatherapy-caution-pregnancy-text = consulta a tu matrona o a tu médico antes de usar aceites esenciales.
aromatherapy-caution-children = Niños
aromatherapy-caution-children-text = guarda los frascos fuera de su alcance, no uses aceites en un niño pequeño sin consejo profesional y nunca menta piperita cerca de la cara de un bebé o de un niño pequeño.
aromatherapy-caution-asthma = Asma o sensibilidad a los olores
aromatherapy-caution-asthma-text = inhalar aceites puede desencadenar una crisis, así que evita el pañuelo y el difusor o prueba antes con un rastro mínimo.
aromatherapy-caution-pets = Mascotas
aromatherapy-caution-pets-text = algunos aceites son tóxicos para gatos, perros y pájaros; mantén frascos y difusores lejos de ellos y lávate las manos antes de tocarlos.
aromatherapy-caution-broken-skin = Piel abierta, rozada o quemada por el sol
aromatherapy-caution-broken-skin-text = frecuente tras una carrera: ningún aceite en esa zona hasta que se cure.
aromatherapy-caution-old-oils = Aceites viejos
aromatherapy-caution-old-oils-text = los aceites cítricos y la lavanda se oxidan una vez abiertos y entonces irritan la piel. Guárdalos bien cerrados, en un sitio fresco y oscuro, y cambia los cítricos más o menos un año después de abrirlos.
aromatherapy-caution-sun-limits = Límites al sol
aromatherapy-caution-sun-limits-text = el límite de un aceite fototóxico vale para la piel que vaya a recibir sol o rayos UVA en las 12 a 24{"\u00A0"}horas siguientes, y varios en una misma mezcla se suman. Los aceites marcados «No fototóxico» no tienen límite.

## Los aceites

aromatherapy-oil-sweet-orange = Naranja dulce
aromatherapy-oil-mandarin = Mandarina
aromatherapy-oil-bergamot = Bergamota
aromatherapy-oil-bergamot-fcf = Bergamota FCF
aromatherapy-oil-lemon-cold-pressed = Limón (prensado en frío)
aromatherapy-oil-lemon-distilled = Limón (destilado)
aromatherapy-oil-lime-cold-pressed = Lima (prensada en frío)
aromatherapy-oil-lime-distilled = Lima (destilada)
aromatherapy-oil-grapefruit = Pomelo
aromatherapy-oil-bitter-orange = Naranja amarga
aromatherapy-oil-peppermint = Menta piperita
aromatherapy-oil-lavender = Lavanda
aromatherapy-how-rub-or-tissue = Mezclado en un aceite vegetal para friccionar las piernas con energía, o dos gotas en un pañuelo para inhalar de camino a la salida.
aromatherapy-how-bergamot = Mejor inhalado de un pañuelo el día de la carrera; sobre la piel, solo bien diluido.
aromatherapy-how-peppermint = Una o dos gotas en un pañuelo para inhalar, o un poco en un aceite vegetal para masajear las piernas; da sensación de frescor.
aromatherapy-how-lavender = Mezclado en un aceite vegetal para un masaje lento de piernas después de la carrera, o en un pañuelo junto a la almohada para ayudarte a desconectar.
aromatherapy-bergamot-strongest = El aceite más fototóxico de la guía: en un día de sol, inhálalo en lugar de aplicarlo en la piel.
aromatherapy-bergamot-fcf-sun-safe = Se le han quitado las furocumarinas, que reaccionan con la luz del sol (FCF), así que es la bergamota no fototóxica.
aromatherapy-peppermint-eyes = Pica en los ojos: lávate las manos después de aplicarlo.
aromatherapy-peppermint-g6pd-heart = No apto si tienes déficit de G6PD; si tienes un problema del ritmo cardiaco, como fibrilación auricular, consulta antes a tu médico.
aromatherapy-instead-bergamot = bergamota FCF
aromatherapy-instead-lemon = limón destilado
aromatherapy-instead-lime = lima destilada
aromatherapy-instead-grapefruit = naranja dulce o mandarina
aromatherapy-instead-bitter-orange = naranja dulce

## La ficha de un aceite

aromatherapy-sun-limit = Límite al sol: { $max }
aromatherapy-sun-safe = No fototóxico
aromatherapy-details = Cómo usarlo y precauciones
aromatherapy-sun-sensitising = Fototóxico:
aromatherapy-sun-sensitising-max = en piel que vaya a recibir sol en el día, como máximo { $max }.
aromatherapy-sun-safe-choice = Alternativa no fototóxica: { $alternative }.
aromatherapy-oil-cautions = Precauciones con { $oil }
aromatherapy-see-also = Consulta también, más arriba:
aromatherapy-mark = Tu experiencia con { $oil }
aromatherapy-mark-not-marked = Sin marcar
aromatherapy-mark-new = Nuevo para mí (sin prueba de tolerancia)
aromatherapy-mark-patch-tested = Prueba de tolerancia hecha, me sienta bien
aromatherapy-new-oil = Aún no has hecho la prueba de tolerancia con { $oil }, y { $race } es { $days ->
        [0] en menos de un día
        [one] dentro de { $days }{"\u00A0"}día
       *[other] dentro de { $days }{"\u00A0"}días
    }. Una prueba de tolerancia tarda de 24 a 48{"\u00A0"}horas y la primera vez que se usa un aceite debe ser antes de un entrenamiento, así que deja ese aceite fuera de esta carrera o pruébalo ahora y guárdalo para después.

## La calculadora de mezclas

aromatherapy-calculator = Calculadora de mezclas
aromatherapy-calculator-hint = Una gota son unos { $ml }{"\u00A0"}ml. Las gotas se redondean hacia abajo, para que la mezcla nunca quede más fuerte de lo que pediste.
# $why empieza la frase; la aplicación pone en mayúscula su primera letra.
aromatherapy-sun-hint = { $why }, así que los aceites fototóxicos se limitan a su concentración segura al sol, y varios en una misma mezcla se suman.
aromatherapy-sun-why-training = entrenas al aire libre con luz de día
aromatherapy-sun-why-race = { $race } se corre al aire libre con luz de día
aromatherapy-carrier = Aceite vegetal (ml)
aromatherapy-oil-number = Aceite { $number }
aromatherapy-oil-dilution = Aceite { $number }, dilución (%)
aromatherapy-remove-oil = Quitar el aceite { $number }
aromatherapy-remove = Quitar
aromatherapy-add-oil = Añadir un aceite
aromatherapy-blend-full = Una mezcla lleva como máximo { $max } aceites.
aromatherapy-drops = { $drops ->
        [one] { $drops }{"\u00A0"}gota
       *[other] { $drops }{"\u00A0"}gotas
    } de { $oil }
aromatherapy-drops-joiner = {" y "}
aromatherapy-result = { $rounding ->
        [down] en { NUMBER($ml, maximumFractionDigits: 2) }{"\u00A0"}ml de aceite vegetal (redondeado hacia abajo: la mezcla queda al { $percent }).
       *[none] en { NUMBER($ml, maximumFractionDigits: 2) }{"\u00A0"}ml de aceite vegetal.
    }
aromatherapy-result-error = Corrige el campo marcado arriba para ver las gotas (aceite vegetal hasta { $max }{"\u00A0"}ml).

## Lo que la calculadora rechaza o aconseja

aromatherapy-carrier-out-of-range = Introduce una cantidad de aceite vegetal mayor que 0 y de hasta { $max }{"\u00A0"}ml.
aromatherapy-percent-out-of-range = Introduce una dilución mayor que 0 y de hasta el { $max }; de { $range } es lo adecuado para un masaje corporal.
aromatherapy-blend-size = { $count ->
        [0] Elige al menos un aceite.
       *[other] Una mezcla lleva como máximo { $max } aceites; esta lleva { $count }.
    }
aromatherapy-oil-twice = { $oil } está dos veces en la mezcla: ponlo en una sola fila con toda su cantidad.
aromatherapy-blend-too-strong = Juntos, los aceites suman un { $total }; mantén la mezcla entera en el { $max } o menos.
aromatherapy-under-one-drop = Eso es menos de una gota de { $oil }. Prepara al menos { $ml }{"\u00A0"}ml de aceite vegetal con esta concentración.
aromatherapy-stronger-than-massage = Más concentrada que el { $range } habitual en un masaje corporal: úsala solo en una zona pequeña.
aromatherapy-over-sun-limit = Demasiado fuerte para piel al sol: { $oil } hace que la piel se queme con más facilidad con la luz del sol, y { $why }. No pases del { $max }.
aromatherapy-over-sun-limit-instead = Demasiado fuerte para piel al sol: { $oil } hace que la piel se queme con más facilidad con la luz del sol, y { $why }. No pases del { $max } o usa { $alternative } en su lugar.
aromatherapy-sun-share = { $oil } al { $strength } usa el { $share } de su límite al sol
aromatherapy-sun-share-separator = {"; "}
aromatherapy-blend-over-sun-limit = Demasiado fuertes juntos para piel al sol, porque { $why }: { $shares }, un { $total } en total. Bájalos hasta que las partes sumen el 100{"\u00A0"}% o menos, o elige aceites no fototóxicos.
