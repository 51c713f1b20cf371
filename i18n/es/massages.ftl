## Los tipos de masaje que la app planifica y registra, cómo se hizo un masaje precompetitivo y la
## escala de presión de 0 a 10 que usan todas las pantallas.

massages-kind-pre-event = Masaje precompetitivo
massages-kind-post-event = Masaje de descarga
massages-kind-general = Masaje de mantenimiento
massages-kind-injury = Masaje de la lesión
massages-kind-self-massage = Automasaje

massages-short-pre-event = Precompetitivo
massages-short-post-event = Descarga
massages-short-general = Mantenimiento
massages-short-injury = Lesión
massages-short-self-massage = Automasaje

massages-in-sentence-pre-event = masaje precompetitivo
massages-in-sentence-post-event = masaje de descarga
massages-in-sentence-general = masaje de mantenimiento
massages-in-sentence-injury = masaje de la lesión
massages-in-sentence-self-massage = automasaje

## La escala de presión: suave hasta 4, moderada 5–6, profunda desde 7 (de 10)
massages-pressure-light = Suave
massages-pressure-medium = Moderada
massages-pressure-deep = Profunda
massages-pressure-word-light = suave
massages-pressure-word-medium = moderada
massages-pressure-word-deep = profunda
massages-pressure-up-to = { $name } (hasta { $high } de { $max })
massages-pressure-or-more = { $name } ({ $low } o más de { $max })
massages-pressure-range = { $name } ({ $low }–{ $high } de { $max })

## Cómo se hizo un masaje precompetitivo
massages-technique-light-flush = Descarga suave
massages-technique-compression = Compresiones sobre la ropa
massages-technique-deep = Trabajo más profundo
