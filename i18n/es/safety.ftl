# La comprobación de señales de alarma (regla 12), que pregunta Hoy y que recuerdan el Diario,
# las Listas y la Aromaterapia: cada pregunta, el nombre corto de cada señal y el consejo tras
# un sí. Ningún diagnóstico: solo a quién acudir y qué evitar mientras tanto.

## Las preguntas, cada una para marcar

safety-question-calf-pain-or-swelling = Dolor o hinchazón en el gemelo, sobre todo después de un vuelo o un viaje largo en coche
safety-question-fever-or-unwell = Fiebre, o sensación de malestar
safety-question-broken-skin = Piel abierta, rozada o quemada por el sol en una zona
safety-question-fresh-injury = Una lesión en sus primeros dos o tres días
safety-question-bone-stress = Dolor en un hueso que podría ser una fractura por estrés
safety-question-dark-urine-or-heat-illness = Orina oscura o signos de golpe de calor después de una carrera larga
safety-question-blood-thinners = Tomar anticoagulantes
safety-question-pregnancy = Embarazo

## Nombres cortos, para el diario y los avisos

safety-flag-calf-pain-or-swelling = Dolor o hinchazón en el gemelo
safety-flag-fever-or-unwell = Fiebre o malestar
safety-flag-broken-skin = Piel abierta o irritada
safety-flag-fresh-injury = Lesión reciente
safety-flag-bone-stress = Posible fractura por estrés
safety-flag-dark-urine-or-heat-illness = Orina oscura o golpe de calor
safety-flag-blood-thinners = Anticoagulantes
safety-flag-pregnancy = Embarazo

## Lo mismo en mitad de la frase, como lo que has indicado: «Has indicado una lesión reciente: …»

safety-reported-calf-pain-or-swelling = dolor o hinchazón en el gemelo
safety-reported-fever-or-unwell = fiebre o malestar
safety-reported-broken-skin = piel abierta o irritada
safety-reported-fresh-injury = una lesión reciente
safety-reported-bone-stress = una posible fractura por estrés
safety-reported-dark-urine-or-heat-illness = orina oscura o un golpe de calor
safety-reported-blood-thinners = que tomas anticoagulantes
safety-reported-pregnancy = un embarazo

## Qué hacer ahora

safety-advice-today = Consulta a un médico hoy mismo, y nada de masaje ni rodillo hasta que te diga que no hay problema.
safety-advice-area = Consulta a un médico o fisioterapeuta, y nada de masaje ni rodillo en esa zona hasta que te den el visto bueno.
safety-advice-all = Consulta a un médico o fisioterapeuta antes de cualquier masaje o automasaje, y espera a que te den el visto bueno.
