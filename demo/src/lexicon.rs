//! The words of the demo directory, per language: name patterns, description sentences, phone labels and
//! fictional street names.
//!
//! Every text here is written for survivors: short, respectful, never blaming, and it always says first that the
//! listing is a fictional demo. Patterns use `{e}` for the organisation's epithet (a made-up proper name such as
//! "Colibrí"), `{region}` for a first-level division, `{place}` for a town and `{n}` for a street number.
//! Epithets were picked so as not to copy the names of real organisations working on trafficking in the region.

/// Shelter name patterns, by who the shelter is for (shelters for men and LGBTQ+ people must be findable by
/// name, as the guide asks).
#[derive(Debug)]
pub(super) struct ShelterNames {
    /// For women (and their children).
    pub women: &'static str,
    /// For children and adolescents.
    pub children: &'static str,
    pub men: &'static str,
    /// For LGBTQ+ people.
    pub lgbtq: &'static str,
    /// For anyone (families, migrants, mixed).
    pub general: [&'static str; 2],
}

/// Phone labels; each ends in "(demo)".
#[derive(Debug)]
pub(super) struct Labels {
    /// A reception desk.
    pub reception: &'static str,
    /// A line answered day and night.
    pub line24: &'static str,
    /// A WhatsApp number.
    pub whatsapp: &'static str,
    /// The intake line of a confidential shelter: the only way in.
    pub intake: &'static str,
}

/// Everything written in one language.
#[derive(Debug)]
pub(super) struct Lexicon {
    /// The language tag used as the key of [`api_types::Localized`] maps.
    pub tag: &'static str,
    /// First sentence of every service description.
    pub demo_service: &'static str,
    /// First sentence of every organisation description.
    pub demo_org: &'static str,
    /// Organisation name patterns around the epithet `{e}`.
    pub org_templates: [&'static str; 5],
    /// The name pattern of the national network that runs the hotline.
    pub national_org: &'static str,
    /// Made-up proper names for organisations (used when this is a country's main language).
    pub epithets: &'static [&'static str],
    /// Shelter name patterns, by who the shelter is for.
    pub shelter_names: ShelterNames,
    /// Two name patterns per [`api_types::ServiceKind`], in declaration order.
    pub kind_names: [[&'static str; 2]; 12],
    /// One sentence per [`api_types::ServiceKind`], in declaration order.
    pub kind_sentences: [&'static str; 12],
    /// The network support line's name (a demo listing, never a national life line).
    pub hotline_name: &'static str,
    /// What the network support line does.
    pub hotline_desc: &'static str,
    /// Name patterns of remote counselling for the whole country.
    pub remote_names: [&'static str; 2],
    /// What remote counselling does.
    pub remote_desc: &'static str,
    /// Name pattern of a phone and chat line for one region (`{e}`, `{region}`).
    pub regional_name: &'static str,
    /// What a regional line does (`{region}`).
    pub regional_desc: &'static str,
    /// What a local organisation does (`{place}`).
    pub org_local_desc: &'static str,
    /// What the national network does.
    pub org_national_desc: &'static str,
    /// "For: {list}."
    pub serves: &'static str,
    /// One phrase per [`api_types::Population`], in declaration order.
    pub population_words: [&'static str; 12],
    /// Free, low cost, paid.
    pub costs: [&'static str; 3],
    /// Why a shelter's address is not shown.
    pub confidential: &'static str,
    /// "Also remotely by {modes}."
    pub remote_also: &'static str,
    /// Phone, video, chat.
    pub modes: [&'static str; 3],
    /// The word joining the last two items of a list.
    pub and: &'static str,
    /// Closing sentences that put the survivor in control.
    pub closings: [&'static str; 3],
    pub labels: Labels,
    /// Fictional street patterns.
    pub streets: [&'static str; 4],
}

/// Spanish.
pub(super) const ES: Lexicon = Lexicon {
    tag: "es",
    demo_service: "Ficha ficticia de demostración: este servicio no existe.",
    demo_org: "Organización ficticia de demostración: no existe.",
    org_templates: [
        "Fundación {e}",
        "Asociación Civil {e}",
        "Red de Apoyo {e}",
        "Colectivo {e}",
        "Centro {e}",
    ],
    national_org: "Red Nacional {e}",
    epithets: &[
        "Colibrí",
        "Ceiba Clara",
        "Manantial",
        "Semilla Nueva",
        "Horizonte Abierto",
        "Arcoíris",
        "Puente Firme",
        "Brújula",
        "Caracol",
        "Girasol",
        "Remanso",
        "Cielo Abierto",
        "Vuelo Alto",
        "Camino Claro",
        "Faro del Sur",
        "Abrazo",
        "Guacamaya",
        "Buen Viento",
        "Orilla Segura",
        "Tejedoras",
        "Luna Nueva",
        "Flor de Mayo",
        "Río Sereno",
        "Piedra Firme",
        "Canto Nuevo",
        "Ventana Abierta",
        "Casa Grande",
        "Almendro",
        "Alba Clara",
        "Jacaranda",
        "Pájaro Azul",
        "Sendero",
    ],
    shelter_names: ShelterNames {
        women: "Casa Refugio {e} para Mujeres",
        children: "Hogar {e} para Niñez y Adolescencia",
        men: "Casa de Acogida {e} para Hombres",
        lgbtq: "Casa de Acogida LGBTIQ+ {e}",
        general: ["Casa Refugio {e}", "Albergue {e}"],
    },
    kind_names: [
        ["Casa Refugio {e}", "Albergue {e}"],
        ["Centro de Atención Psicosocial {e}", "Espacio de Escucha {e}"],
        ["Línea de Apoyo {e}", "Línea de Escucha {e}"],
        ["Clínica Jurídica {e}", "Asesoría Legal {e}"],
        ["Consultorio de Salud {e}", "Clínica Comunitaria {e}"],
        ["Ropero y Despensa {e}", "Comedor Solidario {e}"],
        ["Taller de Oficios {e}", "Programa de Empleo {e}"],
        ["Aula Abierta {e}", "Programa de Nivelación Escolar {e}"],
        ["Orientación Migratoria {e}", "Punto de Apoyo Documental {e}"],
        [
            "Programa de Retorno Seguro {e}",
            "Oficina de Retorno y Reintegración {e}",
        ],
        ["Fondo Solidario {e}", "Programa de Apoyo Económico {e}"],
        ["Punto de Encuentro {e}", "Centro Comunitario {e}"],
    ],
    kind_sentences: [
        "Alojamiento temporal seguro, alimentación y acompañamiento las 24 horas.",
        "Atención psicológica individual y grupal, a tu ritmo y sin juicios.",
        "Orientación inmediata y confidencial por teléfono y chat.",
        "Orientación jurídica sobre tus derechos, denuncias y medidas de protección.",
        "Atención médica general, salud sexual y reproductiva, y derivación a especialistas.",
        "Entrega de alimentos, ropa y artículos de higiene.",
        "Formación en oficios y apoyo para encontrar un empleo digno.",
        "Apoyo para retomar los estudios y clases de nivelación.",
        "Ayuda para obtener documentos de identidad y regularizar tu situación migratoria.",
        "Acompañamiento para un retorno seguro y voluntario a tu país o comunidad de origen.",
        "Apoyo económico temporal para cubrir necesidades básicas.",
        "Espacio comunitario de encuentro, información y derivación a otros servicios.",
    ],
    hotline_name: "Línea de Apoyo de la Red",
    hotline_desc: "Línea gratuita y confidencial, abierta las 24 horas, todos los días. Escucha, orienta y conecta \
                   con refugios, atención psicológica y asesoría legal en todo el país.",
    remote_names: [
        "Acompañamiento Psicológico a Distancia {e}",
        "Consejería por Videollamada {e}",
    ],
    remote_desc: "Sesiones de apoyo psicológico por videollamada o teléfono desde cualquier lugar del país, con la \
                  misma psicóloga o el mismo psicólogo durante todo el proceso, aunque te mudes.",
    regional_name: "Línea Regional de Apoyo {e} – {region}",
    regional_desc: "Apoyo psicosocial por teléfono y chat para personas en {region}.",
    org_local_desc: "Organización de la sociedad civil que acompaña a sobrevivientes de trata de personas en {place}.",
    org_national_desc: "Red nacional que acompaña a sobrevivientes de trata de personas en todo el país.",
    serves: "Atiende a: {list}.",
    population_words: [
        "mujeres",
        "hombres",
        "personas LGBTIQ+",
        "niñas y niños",
        "adolescentes",
        "familias",
        "personas migrantes",
        "pueblos indígenas",
        "personas con discapacidad",
        "sobrevivientes de explotación sexual",
        "sobrevivientes de explotación laboral",
        "sobrevivientes de otras formas de explotación",
    ],
    costs: [
        "Gratuito.",
        "Costo bajo o según tus posibilidades.",
        "Con costo; pregunta por tarifas reducidas.",
    ],
    confidential: "Por tu seguridad, la dirección es confidencial: llama primero a la línea de admisión.",
    remote_also: "También atiende a distancia por {modes}.",
    modes: ["teléfono", "videollamada", "chat"],
    and: "y",
    closings: [
        "No necesitas contar tu historia para recibir ayuda.",
        "Tú decides qué compartir; lo que cuentes es confidencial.",
        "Te escuchamos sin juzgarte.",
    ],
    labels: Labels {
        reception: "Recepción (demo)",
        line24: "Línea 24 horas (demo)",
        whatsapp: "WhatsApp (demo)",
        intake: "Línea de admisión (demo)",
    },
    streets: [
        "Calle Ficticia {n}",
        "Avenida Imaginaria {n}",
        "Pasaje de Ejemplo {n}",
        "Calle Demostración {n}",
    ],
};

/// English.
pub(super) const EN: Lexicon = Lexicon {
    tag: "en",
    demo_service: "Fictional demo listing: this service does not exist.",
    demo_org: "Fictional demo organisation: it does not exist.",
    org_templates: [
        "{e} Foundation",
        "{e} Association",
        "{e} Support Network",
        "{e} Collective",
        "{e} Centre",
    ],
    national_org: "{e} National Network",
    epithets: &[
        "Hummingbird",
        "New Dawn",
        "Still Harbour",
        "Morning Star",
        "Lantern",
        "Open Gate",
        "Sea Grape",
        "Flamboyant",
        "Rising Tide",
        "Bridgeway",
        "Poinciana",
        "Lignum Vitae",
        "Calabash",
        "Blue Horizon",
        "Steady Steps",
        "Frangipani",
        "Coral Reef",
        "Silk Cotton",
        "Trade Winds",
        "Breadfruit",
        "Sunrise Path",
        "Kingfisher",
        "Mangrove",
        "Heliconia",
        "Sea Almond",
        "Cedar Grove",
    ],
    shelter_names: ShelterNames {
        women: "{e} Women's Shelter",
        children: "{e} Children's Home",
        men: "{e} Men's Shelter",
        lgbtq: "{e} LGBTQ+ Safe House",
        general: ["{e} Safe House", "{e} Shelter"],
    },
    kind_names: [
        ["{e} Safe House", "{e} Shelter"],
        ["{e} Psychosocial Support Centre", "{e} Listening Space"],
        ["{e} Support Line", "{e} Listening Line"],
        ["{e} Legal Clinic", "{e} Legal Advice Service"],
        ["{e} Health Clinic", "{e} Community Clinic"],
        ["{e} Food and Clothing Bank", "{e} Community Kitchen"],
        ["{e} Skills Workshop", "{e} Employment Programme"],
        ["{e} Open Classroom", "{e} Catch-up Schooling Programme"],
        ["{e} Migration Advice Desk", "{e} Documents Help Point"],
        ["{e} Safe Return Programme", "{e} Return and Reintegration Office"],
        ["{e} Solidarity Fund", "{e} Financial Support Programme"],
        ["{e} Drop-in Centre", "{e} Community Centre"],
    ],
    kind_sentences: [
        "Safe temporary accommodation, meals and round-the-clock support.",
        "Individual and group counselling, at your own pace and without judgement.",
        "Immediate, confidential guidance by phone and chat.",
        "Legal guidance on your rights, filing a complaint and protection measures.",
        "General medical care, sexual and reproductive health, and referral to specialists.",
        "Food, clothing and hygiene items.",
        "Vocational training and help finding decent work.",
        "Help returning to school and catch-up classes.",
        "Help getting identity documents and regularising your migration status.",
        "Support for a safe, voluntary return to your home country or community.",
        "Temporary financial support to cover basic needs.",
        "A community space for information, company and referral to other services.",
    ],
    hotline_name: "Network Support Line",
    hotline_desc: "Free, confidential line, open 24 hours a day, every day. It listens, advises and connects you \
                   with shelters, counselling and legal aid anywhere in the country.",
    remote_names: ["{e} Remote Counselling", "{e} Video Counselling"],
    remote_desc: "Counselling sessions by video call or phone from anywhere in the country, with the same \
                  counsellor throughout, even if you move.",
    regional_name: "{e} Regional Support Line – {region}",
    regional_desc: "Psychosocial support by phone and chat for people in {region}.",
    org_local_desc: "A civil-society organisation supporting survivors of human trafficking in {place}.",
    org_national_desc: "A national network supporting survivors of human trafficking across the country.",
    serves: "For: {list}.",
    population_words: [
        "women",
        "men",
        "LGBTQ+ people",
        "children",
        "adolescents",
        "families",
        "migrants",
        "Indigenous peoples",
        "people with disabilities",
        "survivors of sexual exploitation",
        "survivors of labour exploitation",
        "survivors of other forms of exploitation",
    ],
    costs: [
        "Free of charge.",
        "Low cost, or what you can afford.",
        "Fee-based; ask about reduced rates.",
    ],
    confidential: "For your safety the address is confidential: call the intake line first.",
    remote_also: "Also available remotely by {modes}.",
    modes: ["phone", "video call", "chat"],
    and: "and",
    closings: [
        "You do not have to tell your story to get help.",
        "You decide what to share; what you tell us stays confidential.",
        "We listen without judging you.",
    ],
    labels: Labels {
        reception: "Reception (demo)",
        line24: "24-hour line (demo)",
        whatsapp: "WhatsApp (demo)",
        intake: "Intake line (demo)",
    },
    streets: [
        "{n} Fictional Street",
        "{n} Example Avenue",
        "{n} Imaginary Lane",
        "{n} Demo Road",
    ],
};

/// Brazilian Portuguese.
pub(super) const PT: Lexicon = Lexicon {
    tag: "pt",
    demo_service: "Ficha fictícia de demonstração: este serviço não existe.",
    demo_org: "Organização fictícia de demonstração: não existe.",
    org_templates: [
        "Instituto {e}",
        "Associação {e}",
        "Rede de Apoio {e}",
        "Coletivo {e}",
        "Centro {e}",
    ],
    national_org: "Rede Nacional {e}",
    epithets: &[
        "Beija-Flor",
        "Ipê Amarelo",
        "Girassol",
        "Farol",
        "Semente",
        "Horizonte",
        "Travessia",
        "Abraço",
        "Aurora",
        "Caminho Seguro",
        "Maré Mansa",
        "Raiz Forte",
        "Jangada",
        "Mandacaru",
        "Vitória-Régia",
        "Sabiá",
        "Carnaúba",
        "Arco-Íris",
        "Lua Nova",
        "Brisa",
        "Ponte",
        "Jatobá",
        "Flor de Lótus",
        "Bússola",
        "Acalanto",
        "Buriti",
        "Pitanga",
        "Cais",
    ],
    shelter_names: ShelterNames {
        women: "Casa Abrigo {e} para Mulheres",
        children: "Casa de Acolhimento {e} para Crianças e Adolescentes",
        men: "Casa de Acolhida {e} para Homens",
        lgbtq: "Casa de Acolhida LGBTQIA+ {e}",
        general: ["Casa Abrigo {e}", "Casa de Passagem {e}"],
    },
    kind_names: [
        ["Casa Abrigo {e}", "Casa de Passagem {e}"],
        ["Centro de Atendimento Psicossocial {e}", "Espaço de Escuta {e}"],
        ["Linha de Apoio {e}", "Linha de Escuta {e}"],
        ["Núcleo de Assistência Jurídica {e}", "Orientação Jurídica {e}"],
        ["Ambulatório {e}", "Clínica Comunitária {e}"],
        ["Banco de Alimentos e Roupas {e}", "Cozinha Solidária {e}"],
        ["Oficina Profissionalizante {e}", "Programa de Emprego {e}"],
        ["Sala Aberta {e}", "Programa de Reforço Escolar {e}"],
        ["Orientação Migratória {e}", "Ponto de Apoio Documental {e}"],
        [
            "Programa de Retorno Seguro {e}",
            "Escritório de Retorno e Reintegração {e}",
        ],
        ["Fundo Solidário {e}", "Programa de Apoio Financeiro {e}"],
        ["Ponto de Encontro {e}", "Centro Comunitário {e}"],
    ],
    kind_sentences: [
        "Acolhimento temporário seguro, alimentação e acompanhamento 24 horas.",
        "Atendimento psicológico individual e em grupo, no seu ritmo e sem julgamentos.",
        "Orientação imediata e sigilosa por telefone e chat.",
        "Orientação jurídica sobre seus direitos, denúncias e medidas de proteção.",
        "Atendimento médico geral, saúde sexual e reprodutiva e encaminhamento a especialistas.",
        "Distribuição de alimentos, roupas e itens de higiene.",
        "Cursos profissionalizantes e apoio para conseguir um trabalho digno.",
        "Apoio para voltar a estudar e reforço escolar.",
        "Ajuda para tirar documentos e regularizar a situação migratória.",
        "Apoio para um retorno seguro e voluntário ao seu país ou comunidade de origem.",
        "Apoio financeiro temporário para necessidades básicas.",
        "Espaço comunitário de convivência, informação e encaminhamento a outros serviços.",
    ],
    hotline_name: "Linha de Apoio da Rede",
    hotline_desc: "Linha gratuita e sigilosa, aberta 24 horas, todos os dias. Escuta, orienta e encaminha para \
                   abrigos, atendimento psicológico e assistência jurídica em todo o país.",
    remote_names: [
        "Acompanhamento Psicológico a Distância {e}",
        "Atendimento por Vídeo {e}",
    ],
    remote_desc: "Sessões de apoio psicológico por videochamada ou telefone de qualquer lugar do país, com a \
                  mesma psicóloga ou o mesmo psicólogo durante todo o processo, mesmo se você se mudar.",
    regional_name: "Linha Regional de Apoio {e} – {region}",
    regional_desc: "Apoio psicossocial por telefone e chat para pessoas em {region}.",
    org_local_desc: "Organização da sociedade civil que acompanha sobreviventes de tráfico de pessoas em {place}.",
    org_national_desc: "Rede nacional que acompanha sobreviventes de tráfico de pessoas em todo o país.",
    serves: "Atende: {list}.",
    population_words: [
        "mulheres",
        "homens",
        "pessoas LGBTQIA+",
        "crianças",
        "adolescentes",
        "famílias",
        "pessoas migrantes",
        "povos indígenas",
        "pessoas com deficiência",
        "sobreviventes de exploração sexual",
        "sobreviventes de exploração no trabalho",
        "sobreviventes de outras formas de exploração",
    ],
    costs: [
        "Gratuito.",
        "Custo baixo ou conforme suas possibilidades.",
        "Com custo; pergunte sobre valores reduzidos.",
    ],
    confidential: "Para sua segurança, o endereço é sigiloso: ligue primeiro para a linha de acolhimento.",
    remote_also: "Também atende a distância por {modes}.",
    modes: ["telefone", "videochamada", "chat"],
    and: "e",
    closings: [
        "Você não precisa contar sua história para receber ajuda.",
        "Você decide o que compartilhar; o que contar fica em sigilo.",
        "Escutamos você sem julgamentos.",
    ],
    labels: Labels {
        reception: "Recepção (demo)",
        line24: "Linha 24 horas (demo)",
        whatsapp: "WhatsApp (demo)",
        intake: "Linha de acolhimento (demo)",
    },
    streets: [
        "Rua Fictícia, {n}",
        "Avenida Imaginária, {n}",
        "Travessa Exemplo, {n}",
        "Rua da Demonstração, {n}",
    ],
};

/// Epithets shared by the French and Haitian Creole texts of Haiti.
const HAITI_EPITHETS: &[&str] = &[
    "Wozo",
    "Limyè",
    "Solèy Leve",
    "Bèl Jou",
    "Chimen Lib",
    "Flè Dizè",
    "Lakou Lespwa",
    "Mapou Vèt",
    "Kolibri",
    "Lanmè Klè",
    "Pye Kenèp",
    "Zetwal Maten",
    "Lakansyèl",
    "Sous Dlo",
    "Bon Van",
    "Pon Solid",
];

/// French (Haiti).
pub(super) const FR: Lexicon = Lexicon {
    tag: "fr",
    demo_service: "Fiche fictive de démonstration : ce service n'existe pas.",
    demo_org: "Organisation fictive de démonstration : elle n'existe pas.",
    org_templates: [
        "Fondation {e}",
        "Association {e}",
        "Réseau d'appui {e}",
        "Collectif {e}",
        "Centre {e}",
    ],
    national_org: "Réseau national {e}",
    epithets: HAITI_EPITHETS,
    shelter_names: ShelterNames {
        women: "Maison d'accueil {e} pour femmes",
        children: "Foyer {e} pour enfants et adolescents",
        men: "Maison d'accueil {e} pour hommes",
        lgbtq: "Maison d'accueil LGBTQ+ {e}",
        general: ["Maison d'accueil {e}", "Refuge {e}"],
    },
    kind_names: [
        ["Maison d'accueil {e}", "Refuge {e}"],
        ["Centre d'accompagnement psychosocial {e}", "Espace d'écoute {e}"],
        ["Ligne d'écoute {e}", "Ligne d'appui {e}"],
        ["Clinique juridique {e}", "Conseil juridique {e}"],
        ["Dispensaire {e}", "Clinique communautaire {e}"],
        ["Banque alimentaire et vestimentaire {e}", "Cantine solidaire {e}"],
        [
            "Atelier de formation professionnelle {e}",
            "Programme d'emploi {e}",
        ],
        ["Classe ouverte {e}", "Programme de rattrapage scolaire {e}"],
        [
            "Bureau d'orientation migratoire {e}",
            "Point d'appui pour les documents {e}",
        ],
        [
            "Programme de retour sûr {e}",
            "Bureau de retour et de réintégration {e}",
        ],
        ["Fonds de solidarité {e}", "Programme d'aide financière {e}"],
        ["Point de rencontre {e}", "Centre communautaire {e}"],
    ],
    kind_sentences: [
        "Hébergement temporaire sûr, repas et accompagnement 24 heures sur 24.",
        "Soutien psychologique individuel et en groupe, à votre rythme et sans jugement.",
        "Orientation immédiate et confidentielle par téléphone et par chat.",
        "Conseil juridique sur vos droits, le dépôt de plainte et les mesures de protection.",
        "Soins médicaux généraux, santé sexuelle et reproductive, orientation vers des spécialistes.",
        "Distribution de nourriture, de vêtements et de produits d'hygiène.",
        "Formation professionnelle et aide pour trouver un emploi digne.",
        "Aide pour reprendre les études et cours de rattrapage.",
        "Aide pour obtenir des pièces d'identité et régulariser votre situation migratoire.",
        "Accompagnement pour un retour sûr et volontaire dans votre pays ou votre communauté d'origine.",
        "Aide financière temporaire pour les besoins de base.",
        "Espace communautaire d'accueil, d'information et d'orientation vers d'autres services.",
    ],
    hotline_name: "Ligne d'écoute du réseau",
    hotline_desc: "Ligne gratuite et confidentielle, ouverte 24 heures sur 24, tous les jours. Elle écoute, oriente \
                   et met en relation avec des refuges, un soutien psychologique et une aide juridique partout \
                   dans le pays.",
    remote_names: [
        "Accompagnement psychologique à distance {e}",
        "Consultations par vidéo {e}",
    ],
    remote_desc: "Séances de soutien psychologique par appel vidéo ou par téléphone, partout dans le pays, avec la \
                  même psychologue ou le même psychologue tout au long du suivi, même si vous déménagez.",
    regional_name: "Ligne régionale d'écoute {e} – {region}",
    regional_desc: "Soutien psychosocial par téléphone et par chat pour les personnes de la zone : {region}.",
    org_local_desc: "Organisation de la société civile qui accompagne les survivantes et survivants de la traite \
                     à {place}.",
    org_national_desc: "Réseau national qui accompagne les survivantes et survivants de la traite partout dans \
                        le pays.",
    serves: "Pour : {list}.",
    population_words: [
        "femmes",
        "hommes",
        "personnes LGBTQ+",
        "enfants",
        "adolescents",
        "familles",
        "personnes migrantes",
        "peuples autochtones",
        "personnes handicapées",
        "personnes ayant subi une exploitation sexuelle",
        "personnes ayant subi une exploitation par le travail",
        "personnes ayant subi d'autres formes d'exploitation",
    ],
    costs: [
        "Gratuit.",
        "Coût modique ou selon vos moyens.",
        "Payant ; renseignez-vous sur les tarifs réduits.",
    ],
    confidential: "Pour votre sécurité, l'adresse est confidentielle : appelez d'abord la ligne d'accueil.",
    remote_also: "Aussi disponible à distance par {modes}.",
    modes: ["téléphone", "appel vidéo", "chat"],
    and: "et",
    closings: [
        "Vous n'avez pas besoin de raconter votre histoire pour recevoir de l'aide.",
        "Vous décidez de ce que vous partagez ; ce que vous dites reste confidentiel.",
        "Nous vous écoutons sans vous juger.",
    ],
    labels: Labels {
        reception: "Accueil (demo)",
        line24: "Ligne 24 h sur 24 (demo)",
        whatsapp: "WhatsApp (demo)",
        intake: "Ligne d'accueil (demo)",
    },
    streets: [
        "{n}, rue Fictive",
        "{n}, avenue Imaginaire",
        "{n}, impasse de l'Exemple",
        "{n}, ruelle Démo",
    ],
};

/// Haitian Creole.
pub(super) const HT: Lexicon = Lexicon {
    tag: "ht",
    demo_service: "Sa a se yon fich fiktif pou demonstrasyon: sèvis sa a pa egziste.",
    demo_org: "Sa a se yon òganizasyon fiktif pou demonstrasyon: li pa egziste.",
    org_templates: [
        "Fondasyon {e}",
        "Asosyasyon {e}",
        "Rezo Sipò {e}",
        "Kolektif {e}",
        "Sant {e}",
    ],
    national_org: "Rezo Nasyonal {e}",
    epithets: HAITI_EPITHETS,
    shelter_names: ShelterNames {
        women: "Kay Akèy {e} pou Fanm",
        children: "Kay Akèy {e} pou Timoun ak Adolesan",
        men: "Kay Akèy {e} pou Gason",
        lgbtq: "Kay Akèy LGBTQ+ {e}",
        general: ["Kay Akèy {e}", "Abri {e}"],
    },
    kind_names: [
        ["Kay Akèy {e}", "Abri {e}"],
        ["Sant Sipò Sikososyal {e}", "Espas Koute {e}"],
        ["Liy Koute {e}", "Liy Sipò {e}"],
        ["Klinik Jiridik {e}", "Konsèy Jiridik {e}"],
        ["Dispansè {e}", "Klinik Kominotè {e}"],
        ["Bank Manje ak Rad {e}", "Kantin Solidarite {e}"],
        ["Atelye Fòmasyon {e}", "Pwogram Travay {e}"],
        ["Klas Louvri {e}", "Pwogram Ratrapaj Lekòl {e}"],
        ["Biwo Oryantasyon Migrasyon {e}", "Pwen Sipò pou Papye {e}"],
        [
            "Pwogram Retou an Sekirite {e}",
            "Biwo Retou ak Reyentegrasyon {e}",
        ],
        ["Fon Solidarite {e}", "Pwogram Èd Finansye {e}"],
        ["Pwen Rankont {e}", "Sant Kominotè {e}"],
    ],
    kind_sentences: [
        "Yon kote pou rete an sekirite pou yon ti tan, manje ak akonpayman 24 sou 24.",
        "Sipò sikolojik pou ou sèl oswa an gwoup, nan ritm pa w, san jijman.",
        "Oryantasyon touswit, an konfidans, nan telefòn ak nan chat.",
        "Konsèy jiridik sou dwa ou, sou jan pou pote plent ak sou mezi pwoteksyon.",
        "Swen medikal jeneral, sante seksyèl ak repwodiktif, ak referans bò kot espesyalis.",
        "Distribisyon manje, rad ak pwodui ijyèn.",
        "Fòmasyon nan yon metye ak èd pou jwenn yon travay ki respekte diyite w.",
        "Èd pou retounen lekòl ak kou ratrapaj.",
        "Èd pou jwenn papye idantite ak pou regilarize sitiyasyon migrasyon ou.",
        "Akonpayman pou retounen nan peyi w oswa nan kominote w an sekirite, lè se ou ki deside sa.",
        "Èd lajan pou yon ti tan pou bezwen debaz yo.",
        "Espas kominotè pou enfòmasyon, pou rankontre moun epi pou jwenn lòt sèvis.",
    ],
    hotline_name: "Liy Sipò Rezo a",
    hotline_desc: "Liy gratis ak konfidansyèl, ouvri 24 sou 24, chak jou. Li koute w, li oryante w epi li mete w \
                   an kontak ak kay akèy, sipò sikolojik ak èd jiridik toupatou nan peyi a.",
    remote_names: ["Sipò Sikolojik a Distans {e}", "Konsiltasyon pa Videyo {e}"],
    remote_desc: "Seyans sipò sikolojik pa apèl videyo oswa pa telefòn, nenpòt kote nan peyi a, ak menm sikològ \
                  la pandan tout swivi a, menm si w chanje kote w rete.",
    regional_name: "Liy Rejyonal Koute {e} – {region}",
    regional_desc: "Sipò sikososyal pa telefòn ak pa chat pou moun ki nan zòn {region}.",
    org_local_desc: "Òganizasyon sosyete sivil ki akonpaye sivivan trafik moun nan {place}.",
    org_national_desc: "Rezo nasyonal ki akonpaye sivivan trafik moun toupatou nan peyi a.",
    serves: "Pou: {list}.",
    population_words: [
        "fanm",
        "gason",
        "moun LGBTQ+",
        "timoun",
        "adolesan",
        "fanmi",
        "moun ki migran",
        "pèp endijèn",
        "moun ki gen andikap",
        "moun ki te sibi eksplwatasyon seksyèl",
        "moun ki te sibi eksplwatasyon nan travay",
        "moun ki te sibi lòt fòm eksplwatasyon",
    ],
    costs: [
        "Gratis.",
        "Pri piti oswa dapre mwayen ou.",
        "Fòk ou peye; mande si gen pri redui.",
    ],
    confidential: "Pou sekirite ou, adrès la konfidansyèl: rele liy akèy la anvan.",
    remote_also: "Ou ka jwenn sèvis la a distans tou pa {modes}.",
    modes: ["telefòn", "apèl videyo", "chat"],
    and: "ak",
    closings: [
        "Ou pa bezwen rakonte istwa ou pou w jwenn èd.",
        "Se ou ki deside sa ou vle pataje; sa ou di rete konfidansyèl.",
        "Nou koute w san nou pa jije w.",
    ],
    labels: Labels {
        reception: "Resepsyon (demo)",
        line24: "Liy 24 sou 24 (demo)",
        whatsapp: "WhatsApp (demo)",
        intake: "Liy akèy (demo)",
    },
    streets: [
        "Ri Fiktif {n}",
        "Avni Imajinè {n}",
        "Koridò Egzanp {n}",
        "Ri Demo {n}",
    ],
};

/// Dutch (Suriname).
pub(super) const NL: Lexicon = Lexicon {
    tag: "nl",
    demo_service: "Fictieve demovermelding: deze dienst bestaat niet.",
    demo_org: "Fictieve demo-organisatie: zij bestaat niet.",
    org_templates: [
        "Stichting {e}",
        "Vereniging {e}",
        "Steunnetwerk {e}",
        "Collectief {e}",
        "Centrum {e}",
    ],
    national_org: "Landelijk Netwerk {e}",
    epithets: &[
        "Dageraad",
        "Kolibrie",
        "Zonnebloem",
        "Stille Haven",
        "Kankantri",
        "Morgenster",
        "Lichtpunt",
        "Regenboog",
        "Nieuwe Weg",
        "Open Deur",
        "Fajalobi",
        "Palmentuin",
        "Tamarinde",
        "Brug",
        "Wilde Orchidee",
        "Kapasi",
    ],
    shelter_names: ShelterNames {
        women: "Opvanghuis {e} voor Vrouwen",
        children: "Opvanghuis {e} voor Kinderen en Jongeren",
        men: "Opvanghuis {e} voor Mannen",
        lgbtq: "LHBTI+ Opvanghuis {e}",
        general: ["Opvanghuis {e}", "Veilig Huis {e}"],
    },
    kind_names: [
        ["Opvanghuis {e}", "Veilig Huis {e}"],
        ["Psychosociaal Centrum {e}", "Luisterpunt {e}"],
        ["Hulplijn {e}", "Luisterlijn {e}"],
        ["Rechtswinkel {e}", "Juridisch Spreekuur {e}"],
        ["Gezondheidspost {e}", "Buurtkliniek {e}"],
        ["Voedsel- en Kledingbank {e}", "Buurtkeuken {e}"],
        ["Vakopleiding {e}", "Werkprogramma {e}"],
        ["Open Klas {e}", "Bijlesprogramma {e}"],
        ["Migratiespreekuur {e}", "Documentenhulp {e}"],
        [
            "Programma Veilige Terugkeer {e}",
            "Bureau Terugkeer en Re-integratie {e}",
        ],
        ["Solidariteitsfonds {e}", "Financiële Steun {e}"],
        ["Inloophuis {e}", "Buurtcentrum {e}"],
    ],
    kind_sentences: [
        "Veilige tijdelijke opvang, maaltijden en dag en nacht begeleiding.",
        "Individuele en groepsbegeleiding, in uw eigen tempo en zonder oordeel.",
        "Direct en vertrouwelijk advies via telefoon en chat.",
        "Juridisch advies over uw rechten, aangifte doen en beschermingsmaatregelen.",
        "Algemene medische zorg, seksuele en reproductieve gezondheid en verwijzing naar specialisten.",
        "Uitdeling van voedsel, kleding en hygiëneproducten.",
        "Vakopleiding en hulp bij het vinden van waardig werk.",
        "Hulp om weer naar school te gaan en bijlessen.",
        "Hulp bij het krijgen van identiteitspapieren en het regelen van uw verblijfsstatus.",
        "Begeleiding bij een veilige, vrijwillige terugkeer naar uw land of gemeenschap van herkomst.",
        "Tijdelijke financiële steun voor basisbehoeften.",
        "Een buurtplek voor informatie, ontmoeting en doorverwijzing naar andere diensten.",
    ],
    hotline_name: "Steunlijn van het Netwerk",
    hotline_desc: "Gratis, vertrouwelijke lijn, 24 uur per dag en elke dag open. Luistert, adviseert en verwijst \
                   naar opvang, psychologische hulp en juridische bijstand in het hele land.",
    remote_names: ["Begeleiding op Afstand {e}", "Videohulp {e}"],
    remote_desc: "Gesprekken met een psycholoog via videobellen of telefoon, overal in het land, met dezelfde \
                  hulpverlener gedurende de hele begeleiding, ook als u verhuist.",
    regional_name: "Regionale Hulplijn {e} – {region}",
    regional_desc: "Psychosociale steun via telefoon en chat voor mensen in {region}.",
    org_local_desc: "Maatschappelijke organisatie die overlevenden van mensenhandel ondersteunt in {place}.",
    org_national_desc: "Landelijk netwerk dat overlevenden van mensenhandel ondersteunt in het hele land.",
    serves: "Voor: {list}.",
    population_words: [
        "vrouwen",
        "mannen",
        "LHBTI+-personen",
        "kinderen",
        "jongeren",
        "gezinnen",
        "migranten",
        "inheemse volken",
        "mensen met een beperking",
        "overlevenden van seksuele uitbuiting",
        "overlevenden van arbeidsuitbuiting",
        "overlevenden van andere vormen van uitbuiting",
    ],
    costs: [
        "Gratis.",
        "Lage kosten of naar draagkracht.",
        "Betaald; vraag naar verlaagde tarieven.",
    ],
    confidential: "Voor uw veiligheid is het adres geheim: bel eerst de intakelijn.",
    remote_also: "Ook op afstand bereikbaar via {modes}.",
    modes: ["telefoon", "videobellen", "chat"],
    and: "en",
    closings: [
        "U hoeft uw verhaal niet te vertellen om hulp te krijgen.",
        "U bepaalt wat u deelt; wat u vertelt blijft vertrouwelijk.",
        "Wij luisteren zonder te oordelen.",
    ],
    labels: Labels {
        reception: "Receptie (demo)",
        line24: "24-uurslijn (demo)",
        whatsapp: "WhatsApp (demo)",
        intake: "Intakelijn (demo)",
    },
    streets: [
        "Fictiefstraat {n}",
        "Voorbeeldweg {n}",
        "Demolaan {n}",
        "Verzonnenstraat {n}",
    ],
};

/// A short description in an Indigenous language, added to some listings whose staff speak it. Kept to a few
/// plain sentences; they should be reviewed by native speakers before real use.
#[derive(Debug)]
pub(super) struct ShortText {
    /// Language tag: only listings whose staff speak it get the text, under this key.
    pub tag: &'static str,
    /// "This is a fictional demo listing."
    pub demo: &'static str,
    /// "Here we help you, in your language."
    pub help: &'static str,
    /// "Day and night we help you." (for listings open around the clock)
    pub day_and_night: &'static str,
    /// A closing that does not blame.
    pub closing: &'static str,
}

/// Southern Quechua (Peru, Bolivia, Ecuador's Kichwa speakers read it too).
pub(super) const QU: ShortText = ShortText {
    tag: "qu",
    demo: "Kayqa manam chiqap willakuychu: rikuchinallapaqmi ruwasqa (demo).",
    help: "Kaypim yanapaykiku; simiykipi rimanakusunchik.",
    day_and_night: "P'unchawpas tutapas yanapaykiku.",
    closing: "Manam huchayuqchu kanki.",
};

/// Paraguayan Guaraní.
pub(super) const GN: ShortText = ShortText {
    tag: "gn",
    demo: "Ko marandu ndaha'éi añetegua: ojejapo ohechauka haguãnte (demo).",
    help: "Ko'ápe roipytyvõ ndéve, ne ñe'ẽme.",
    day_and_night: "Roipytyvõ ára ha pyhare.",
    closing: "Ndaha'éi nde kulpa.",
};

/// K'iche'.
pub(super) const QUC: ShortText = ShortText {
    tag: "quc",
    demo: "Wa'e man qastzij taj: xa jun k'utb'al (demo).",
    help: "Kojto'on chawe pa ri ach'ab'al.",
    day_and_night: "Q'ij chaq'ab' kojto'on chawe.",
    closing: "Kaqata' ri atzij.",
};

/// Fills `{key}` placeholders.
pub(super) fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in pairs {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// Joins words as a list: "a, b and c".
pub(super) fn join_and(words: &[&str], and: &str) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_has_demo_labels_and_placeholders() {
        for lex in [&ES, &EN, &PT, &FR, &HT, &NL] {
            for label in [
                lex.labels.reception,
                lex.labels.line24,
                lex.labels.whatsapp,
                lex.labels.intake,
            ] {
                assert!(label.ends_with("(demo)"), "{}: {label}", lex.tag);
            }
            for pair in lex.kind_names {
                for name in pair {
                    assert!(name.contains("{e}"), "{}: {name}", lex.tag);
                }
            }
            assert!(lex.regional_name.contains("{region}"));
            assert!(lex.org_local_desc.contains("{place}"));
            assert!(lex.streets.iter().all(|s| s.contains("{n}")));
            assert!(lex.epithets.len() >= 16);
        }
    }

    #[test]
    fn lists_are_joined_with_the_language_word_for_and() {
        assert_eq!(
            join_and(&["teléfono", "videollamada", "chat"], "y"),
            "teléfono, videollamada y chat"
        );
        assert_eq!(join_and(&["phone"], "and"), "phone");
        assert_eq!(fill("{e} – {region}", &[("e", "A"), ("region", "B")]), "A – B");
    }
}
