# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted translation; please have a native speaker who works with survivors review every message before relying on it.
# NECESITA REVISIÓN POR HABLANTES NATIVOS — traducción asistida por máquina; pida a una persona hablante nativa que trabaje con sobrevivientes que revise cada mensaje antes de usarlo.
# OIKOTEVẼ OHESA'ỸIJO AVAÑE'Ẽ IÑE'ẼYPYGUÁVA — ko ñembohasa ojejapo máquina pytyvõme; ojeipuru mboyve, peteĩ tapicha oñe'ẽva avañe'ẽ ha omba'apóva umi ohasa va'ekuére ohesa'ỹijo peteĩteĩ marandu.
# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Ñe'ẽnguéra réra (ikatúva ojeheka directorio-pe)

# «Ñe'ẽ: …» ha «Ñe'ẽ oipurúva» jeporavo g̃uarã. Tai tuichávape oñepyrũ.
language-es = Karaiñe'ẽ
language-pt = Portugañe'ẽ
language-en = Inglyñe'ẽ
language-fr = Hyãsiañe'ẽ
language-ht = Kreyol Haitígua
language-nl = Olandañe'ẽ
language-qu = Kichuañe'ẽ
language-gn = Avañe'ẽ
language-ay = Aimarañe'ẽ
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Náhuatl
language-yua = Mayañe'ẽ Yucatán
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papiamento
language-miq = Miskito
language-cab = Garífuna
language-jam = Kreyol Jamaikagua
language-acf = Kreyol Santa Lucíagua
language-gcf = Kreyol Guadalupegua
language-guc = Wayuunaiki
language-tzo = Tsotsil
language-tzh = Tseltal
language-zh = Chinañe'ẽ
language-ar = Arañe'ẽ
language-it = Italiañe'ẽ
language-de = Alemañe'ẽ
language-ja = Japoñe'ẽ
language-ko = Koreañe'ẽ

# Ñe'ẽ kreyol ha ñe'ẽ ypykuéra CLDR ombohéra'ỹva.
language-acr = Achí
language-aig = Kreyol Antíguagua
language-bah = Kreyol Bahamagua
language-bjs = Bajan
language-bzj = Kriol Belicegua
language-gcl = Kreyol Granadagua
language-gcr = Kreyol Guayana Francesagua
language-gym = Ngäbere
language-gyn = Kreyol Guyanagua
language-hns = Hindustani Caribegua
language-kjb = Q'anjob'al
language-mop = Mayañe'ẽ Mopan
language-poh = Poqomchi'
language-svc = Kreyol San Vicentegua
language-trf = Kreyol Trinidadgua
language-vic = Kreyol Islas Vírgenesgua
