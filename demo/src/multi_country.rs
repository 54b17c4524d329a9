//! Remote services whose area spans several countries: what a survivor can use when nothing is near, or after
//! moving to another country (the guide's continuity of care). Each belongs to one organisation based in the
//! capital of `base`.

use api_types::{
    Capacity, Cost, CountryCode, DeliveryMode, Localized, Phone, PhoneChannel, Population, ServiceKind,
    ServiceStatus,
};
use rand_chacha::ChaCha8Rng;
use ruta_server::domain::Location;
use ruta_server::domain::text::fold;
use ruta_server::reference::{CountryRecord, PlaceRecord};

use crate::Builder;
use crate::hours::{HoursPlan, hours, timezone_of};
use crate::lexicon::fill;
use crate::places::{self, index, pick};
use crate::profile::profile;
use crate::services::{Draft, language_codes, sorted_populations, whole_countries};

/// The countries a multi-country service reaches.
#[derive(Debug, Clone, Copy)]
pub(super) enum Reach {
    /// These ISO codes.
    Countries(&'static [&'static str]),
    /// Every sovereign state of the region.
    AllSovereign,
}

/// The English-speaking sovereign states of the Caribbean and the Guianas.
pub(super) const ANGLOPHONE: &[&str] = &[
    "AG", "BB", "BS", "BZ", "DM", "GD", "GY", "JM", "KN", "LC", "TT", "VC",
];

/// One multi-country service and the organisation that runs it.
#[derive(Debug)]
pub(super) struct MultiCountry {
    /// The country the organisation is registered in.
    pub base: &'static str,
    /// Where it works.
    pub reach: Reach,
    /// What it offers.
    pub kinds: &'static [ServiceKind],
    /// How it is delivered: remote modes only.
    pub delivery: &'static [DeliveryMode],
    /// For whom (empty: everyone).
    pub populations: &'static [Population],
    /// Languages staff speak.
    pub languages: &'static [&'static str],
    /// Answered around the clock.
    pub always_open: bool,
    /// The organisation's name.
    pub org_name: &'static str,
    /// The organisation's description per language.
    pub org_descriptions: &'static [(&'static str, &'static str)],
    /// The service's name per language.
    pub names: &'static [(&'static str, &'static str)],
    /// The service's description per language.
    pub descriptions: &'static [(&'static str, &'static str)],
}

/// The multi-country services of the demo directory.
pub(super) static MULTI_COUNTRY: &[MultiCountry] = &[
    MultiCountry {
        base: "CR",
        reach: Reach::Countries(&["GT", "BZ", "SV", "HN", "NI", "CR", "PA"]),
        kinds: &[ServiceKind::Psychosocial],
        delivery: &[DeliveryMode::Video, DeliveryMode::Phone, DeliveryMode::Chat],
        populations: &[],
        languages: &["es", "en"],
        always_open: false,
        org_name: "Red Centroamericana Puente Verde (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Red regional de psicólogas y psicólogos que \
                 acompaña a distancia a sobrevivientes de trata en Centroamérica.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A regional network of counsellors supporting \
                 trafficking survivors remotely across Central America.",
            ),
        ],
        names: &[
            (
                "es",
                "Consejería Regional por Videollamada Puente Verde – Centroamérica (demo)",
            ),
            ("en", "Puente Verde Central America Video Counselling (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Sesiones de apoyo psicológico por \
                 videollamada, teléfono o chat para sobrevivientes de trata en toda Centroamérica, con la misma \
                 psicóloga o el mismo psicólogo aunque cambies de país. Tú decides qué compartir.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Counselling by video call, phone or chat \
                 for trafficking survivors anywhere in Central America, with the same counsellor even if you move \
                 to another country. You decide what to share.",
            ),
        ],
    },
    MultiCountry {
        base: "TT",
        reach: Reach::Countries(ANGLOPHONE),
        kinds: &[ServiceKind::Psychosocial],
        delivery: &[DeliveryMode::Phone, DeliveryMode::Chat, DeliveryMode::Video],
        populations: &[],
        languages: &["en", "es"],
        always_open: false,
        org_name: "Tradewind Caribbean Counselling Network (demo)",
        org_descriptions: &[(
            "en",
            "Fictional demo organisation: it does not exist. A network of counsellors serving survivors of \
             trafficking across the English-speaking Caribbean.",
        )],
        names: &[
            ("en", "Tradewind Caribbean Remote Counselling (demo)"),
            ("es", "Consejería Caribeña a Distancia Tradewind (demo)"),
        ],
        descriptions: &[
            (
                "en",
                "Fictional demo listing: this service does not exist. Free counselling by phone, chat or video \
                 call for survivors of trafficking in the English-speaking Caribbean, with the same counsellor \
                 from session to session. We listen without judging you.",
            ),
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Consejería gratuita por teléfono, chat \
                 o videollamada para sobrevivientes de trata en el Caribe de habla inglesa, con la misma persona \
                 consejera en cada sesión. Te escuchamos sin juzgarte.",
            ),
        ],
    },
    MultiCountry {
        base: "PE",
        reach: Reach::Countries(&["PE", "BO", "EC"]),
        kinds: &[ServiceKind::Psychosocial],
        delivery: &[DeliveryMode::Phone, DeliveryMode::Video],
        populations: &[Population::IndigenousPeoples],
        languages: &["es", "qu", "ay"],
        always_open: false,
        org_name: "Red Andina Chaska (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Red de profesionales que acompaña en su \
                 propia lengua a sobrevivientes de trata de los Andes.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A network of professionals supporting \
                 trafficking survivors from the Andes in their own language.",
            ),
        ],
        names: &[
            ("es", "Acompañamiento Andino a Distancia Chaska (demo)"),
            ("en", "Chaska Andean Remote Support (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Acompañamiento psicológico por \
                 teléfono o videollamada en castellano, quechua y aimara para sobrevivientes de trata en Perú, \
                 Bolivia y Ecuador. Lo que cuentes es confidencial.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Counselling by phone or video call in \
                 Spanish, Quechua and Aymara for trafficking survivors in Peru, Bolivia and Ecuador. What you \
                 share stays confidential.",
            ),
            (
                "qu",
                "Kayqa manam chiqap willakuychu: rikuchinallapaqmi ruwasqa (demo). Kaypim yanapaykiku; \
                 simiykipi rimanakusunchik. Manam huchayuqchu kanki.",
            ),
        ],
    },
    MultiCountry {
        base: "DO",
        reach: Reach::Countries(&["DO", "HT", "CL", "BR"]),
        kinds: &[ServiceKind::Psychosocial, ServiceKind::DocumentsMigration],
        delivery: &[DeliveryMode::Phone, DeliveryMode::Chat, DeliveryMode::Video],
        populations: &[Population::Migrants],
        languages: &["ht", "fr", "es", "pt"],
        always_open: false,
        org_name: "Rezo Bon Vwazen (demo)",
        org_descriptions: &[
            (
                "ht",
                "Sa a se yon òganizasyon fiktif pou demonstrasyon: li pa egziste. Rezo ki akonpaye moun ki soti \
                 Ayiti e ki ap viv nan lòt peyi.",
            ),
            (
                "es",
                "Organización ficticia de demostración: no existe. Red que acompaña a personas haitianas que \
                 viven fuera de su país.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A network supporting Haitians living outside \
                 their country.",
            ),
        ],
        names: &[
            ("ht", "Sipò a Distans pou Migran Ayisyen – Bon Vwazen (demo)"),
            (
                "es",
                "Apoyo a Distancia para Personas Migrantes Haitianas – Bon Vwazen (demo)",
            ),
            (
                "fr",
                "Soutien à distance pour les personnes migrantes haïtiennes – Bon Vwazen (demo)",
            ),
            (
                "pt",
                "Apoio a Distância para Pessoas Migrantes Haitianas – Bon Vwazen (demo)",
            ),
            ("en", "Bon Vwazen Remote Support for Haitian Migrants (demo)"),
        ],
        descriptions: &[
            (
                "ht",
                "Sa a se yon fich fiktif pou demonstrasyon: sèvis sa a pa egziste. Sipò sikolojik ak oryantasyon \
                 sou papye pa telefòn, chat oswa videyo, an kreyòl, an fransè, an panyòl ak an pòtigè, pou moun \
                 ki soti Ayiti e ki nan Repiblik Dominikèn, Chili oswa Brezil. Ou pa bezwen gen papye pou w \
                 jwenn èd.",
            ),
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Apoyo psicológico y orientación sobre \
                 documentos por teléfono, chat o videollamada, en creole haitiano, francés, español y portugués, \
                 para personas haitianas en República Dominicana, Chile y Brasil. No necesitas tener papeles \
                 para recibir ayuda.",
            ),
            (
                "fr",
                "Fiche fictive de démonstration : ce service n'existe pas. Soutien psychologique et orientation \
                 sur les documents par téléphone, chat ou appel vidéo, en créole, en français, en espagnol et en \
                 portugais, pour les personnes haïtiennes en République dominicaine, au Chili et au Brésil. Vous \
                 n'avez pas besoin d'avoir des papiers pour recevoir de l'aide.",
            ),
            (
                "pt",
                "Ficha fictícia de demonstração: este serviço não existe. Apoio psicológico e orientação sobre \
                 documentos por telefone, chat ou videochamada, em crioulo haitiano, francês, espanhol e \
                 português, para pessoas haitianas na República Dominicana, no Chile e no Brasil. Você não \
                 precisa ter documentos para receber ajuda.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Counselling and advice on documents by \
                 phone, chat or video call, in Haitian Creole, French, Spanish and Portuguese, for Haitians in \
                 the Dominican Republic, Chile and Brazil. You do not need papers to get help.",
            ),
        ],
    },
    MultiCountry {
        base: "AR",
        reach: Reach::Countries(&["AR", "CL", "UY", "PY"]),
        kinds: &[ServiceKind::Legal, ServiceKind::DocumentsMigration],
        delivery: &[DeliveryMode::Video, DeliveryMode::Phone],
        populations: &[Population::Migrants, Population::LabourExploitation],
        languages: &["es", "pt", "gn"],
        always_open: false,
        org_name: "Asociación Regional Cruz del Sur (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Equipo regional de abogadas y abogados que \
                 orienta a sobrevivientes de trata en el Cono Sur.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A regional team of lawyers advising trafficking \
                 survivors in the Southern Cone.",
            ),
        ],
        names: &[
            ("es", "Asesoría Legal Regional Cruz del Sur – Cono Sur (demo)"),
            (
                "pt",
                "Orientação Jurídica Regional Cruz del Sur – Cone Sul (demo)",
            ),
            ("en", "Cruz del Sur Southern Cone Legal Advice (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Abogadas y abogados orientan por \
                 videollamada o teléfono sobre denuncias, documentos y derechos laborales a sobrevivientes de \
                 trata en Argentina, Chile, Uruguay y Paraguay. La consulta es gratuita y confidencial.",
            ),
            (
                "pt",
                "Ficha fictícia de demonstração: este serviço não existe. Advogadas e advogados orientam por \
                 videochamada ou telefone sobre denúncias, documentos e direitos trabalhistas para sobreviventes \
                 de tráfico na Argentina, no Chile, no Uruguai e no Paraguai. A consulta é gratuita e sigilosa.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Lawyers advise trafficking survivors in \
                 Argentina, Chile, Uruguay and Paraguay by video call or phone on complaints, documents and \
                 labour rights. Advice is free and confidential.",
            ),
            (
                "gn",
                "Ko marandu ndaha'éi añetegua: ojejapo ohechauka haguãnte (demo). Ko'ápe roipytyvõ ndéve, ne \
                 ñe'ẽme. Ndaha'éi nde kulpa.",
            ),
        ],
    },
    MultiCountry {
        base: "PA",
        reach: Reach::AllSovereign,
        kinds: &[ServiceKind::Repatriation, ServiceKind::DocumentsMigration],
        delivery: &[DeliveryMode::Phone, DeliveryMode::Video, DeliveryMode::Chat],
        populations: &[Population::Migrants],
        languages: &["es", "en", "pt", "fr", "ht"],
        always_open: true,
        org_name: "Red Regional Travesía Segura (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Red regional que acompaña el retorno \
                 voluntario y seguro de sobrevivientes de trata en América Latina y el Caribe.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A regional network supporting the safe, \
                 voluntary return of trafficking survivors in Latin America and the Caribbean.",
            ),
        ],
        names: &[
            ("es", "Línea Regional de Retorno Seguro Travesía (demo)"),
            ("en", "Travesía Regional Safe Return Line (demo)"),
            ("pt", "Linha Regional de Retorno Seguro Travesía (demo)"),
            ("fr", "Ligne régionale de retour sûr Travesía (demo)"),
            ("ht", "Liy Rejyonal pou Retounen an Sekirite Travesía (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Orientación para sobrevivientes de \
                 trata que desean volver a su país en América Latina y el Caribe: documentos de viaje, contacto \
                 con servicios en el país de destino y acompañamiento durante el retorno. Regresar o no es \
                 siempre tu decisión.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Guidance for trafficking survivors who \
                 want to return to their country in Latin America and the Caribbean: travel documents, contact \
                 with services in the destination country and support during the journey. Whether to return is \
                 always your decision.",
            ),
            (
                "pt",
                "Ficha fictícia de demonstração: este serviço não existe. Orientação para sobreviventes de \
                 tráfico que desejam voltar ao seu país na América Latina e no Caribe: documentos de viagem, \
                 contato com serviços no país de destino e acompanhamento durante o retorno. Voltar ou não é \
                 sempre uma decisão sua.",
            ),
            (
                "fr",
                "Fiche fictive de démonstration : ce service n'existe pas. Orientation pour les personnes \
                 survivantes de la traite qui souhaitent rentrer dans leur pays en Amérique latine et dans les \
                 Caraïbes : documents de voyage, contact avec les services du pays de destination et \
                 accompagnement pendant le retour. Rentrer ou non reste toujours votre décision.",
            ),
            (
                "ht",
                "Sa a se yon fich fiktif pou demonstrasyon: sèvis sa a pa egziste. Oryantasyon pou sivivan \
                 trafik moun ki vle retounen nan peyi yo nan Amerik Latin ak Karayib la: papye vwayaj, kontak ak \
                 sèvis nan peyi w ap retounen an, ak akonpayman pandan vwayaj la. Se toujou ou ki deside si w ap \
                 retounen.",
            ),
        ],
    },
    MultiCountry {
        base: "CO",
        reach: Reach::Countries(&["CO", "EC", "PE", "CL"]),
        kinds: &[ServiceKind::Psychosocial, ServiceKind::Legal],
        delivery: &[DeliveryMode::Phone, DeliveryMode::Chat, DeliveryMode::Video],
        populations: &[Population::Migrants, Population::Families],
        languages: &["es"],
        always_open: false,
        org_name: "Red Morral Ligero (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Red que acompaña a personas migrantes y sus \
                 familias a lo largo del camino.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A network supporting migrants and their \
                 families along the way.",
            ),
        ],
        names: &[
            (
                "es",
                "Acompañamiento a Distancia Morral Ligero para Personas en Movimiento (demo)",
            ),
            ("en", "Morral Ligero Remote Support for People on the Move (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Apoyo psicológico y orientación legal \
                 por teléfono, chat o videollamada para personas migrantes y sus familias en Colombia, Ecuador, \
                 Perú y Chile, estés donde estés en el camino. No importa tu situación migratoria: mereces apoyo.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Counselling and legal guidance by phone, \
                 chat or video call for migrants and their families in Colombia, Ecuador, Peru and Chile, \
                 wherever you are on the way. Whatever your migration status, you deserve support.",
            ),
        ],
    },
    MultiCountry {
        base: "MX",
        reach: Reach::Countries(&["MX", "GT", "SV", "HN"]),
        kinds: &[ServiceKind::Psychosocial],
        delivery: &[DeliveryMode::Video],
        populations: &[Population::Men, Population::LabourExploitation],
        languages: &["es", "en"],
        always_open: false,
        org_name: "Colectivo Regional Roble Joven (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Colectivo que acompaña a hombres \
                 sobrevivientes de trata, un grupo que pocas veces encuentra apoyo específico.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. A collective supporting men who survived \
                 trafficking, who seldom find services meant for them.",
            ),
        ],
        names: &[
            (
                "es",
                "Grupo de Apoyo por Video Roble Joven para Hombres Sobrevivientes (demo)",
            ),
            ("en", "Roble Joven Video Support Group for Men (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Grupo de apoyo por videollamada, \
                 guiado por un psicólogo, para hombres sobrevivientes de trata y explotación laboral en México y \
                 el norte de Centroamérica. Pedir ayuda no te hace menos; aquí nadie te juzga.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. A video-call support group, led by a \
                 psychologist, for men who survived trafficking and labour exploitation in Mexico and northern \
                 Central America. Asking for help does not make you any less; no one here judges you.",
            ),
        ],
    },
    MultiCountry {
        base: "AR",
        reach: Reach::Countries(&["AR", "BR", "CL", "CO", "PE", "UY"]),
        kinds: &[ServiceKind::Psychosocial],
        delivery: &[DeliveryMode::Video, DeliveryMode::Chat],
        populations: &[Population::Lgbtq, Population::SexualExploitation],
        languages: &["es", "pt"],
        always_open: false,
        org_name: "Colectivo Regional Orilla Diversa (demo)",
        org_descriptions: &[
            (
                "es",
                "Organización ficticia de demostración: no existe. Colectivo de personas LGBTIQ+ que acompaña a \
                 sobrevivientes de trata en Sudamérica.",
            ),
            (
                "pt",
                "Organização fictícia de demonstração: não existe. Coletivo de pessoas LGBTQIA+ que acompanha \
                 sobreviventes de tráfico na América do Sul.",
            ),
            (
                "en",
                "Fictional demo organisation: it does not exist. An LGBTQ+ collective supporting survivors of \
                 trafficking in South America.",
            ),
        ],
        names: &[
            ("es", "Acompañamiento Diverso a Distancia Orilla (demo)"),
            ("pt", "Acompanhamento Diverso a Distância Orilla (demo)"),
            ("en", "Orilla LGBTQ+ Remote Peer Support (demo)"),
        ],
        descriptions: &[
            (
                "es",
                "Ficha ficticia de demostración: este servicio no existe. Acompañamiento psicológico y entre \
                 pares, por videollamada o chat, para personas LGBTIQ+ sobrevivientes de trata en Sudamérica. Un \
                 espacio seguro donde se respetan tu nombre y tu identidad.",
            ),
            (
                "pt",
                "Ficha fictícia de demonstração: este serviço não existe. Acompanhamento psicológico e entre \
                 pares, por videochamada ou chat, para pessoas LGBTQIA+ sobreviventes de tráfico na América do \
                 Sul. Um espaço seguro, onde seu nome e sua identidade são respeitados.",
            ),
            (
                "en",
                "Fictional demo listing: this service does not exist. Counselling and peer support by video call \
                 or chat for LGBTQ+ survivors of trafficking in South America. A safe space where your name and \
                 identity are respected.",
            ),
        ],
    },
];

impl Builder {
    /// One service (and its organisation) that reaches several countries.
    pub(super) fn multi_country(
        &mut self,
        spec: &MultiCountry,
        record: &CountryRecord,
        capital: &PlaceRecord,
        all: &[CountryCode],
        rng: &mut ChaCha8Rng,
    ) {
        let localized = |pairs: &[(&str, &str)]| -> Localized {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        let slug = format!(
            "{}-regional",
            fold(spec.org_name.trim_end_matches(" (demo)")).replace(' ', "-")
        );
        let org = self.push_org(
            spec.org_name.to_owned(),
            localized(spec.org_descriptions),
            &slug,
            rng,
        );
        let countries = match spec.reach {
            Reach::Countries(codes) => codes.iter().filter_map(|c| CountryCode::parse(c).ok()).collect(),
            Reach::AllSovereign => all.to_vec(),
        };
        let profile = profile(record.iso2.as_str());
        let lex = profile.primary;
        let label = if spec.always_open {
            lex.labels.line24
        } else {
            lex.labels.reception
        };
        let phones: Vec<Phone> = self
            .phone(
                record,
                vec![PhoneChannel::Voice, PhoneChannel::Whatsapp],
                Some(label),
            )
            .into_iter()
            .collect();
        let street = pick(rng, &lex.streets, "{n}");
        let location = Location {
            point: places::jitter(capital.point, capital.population, rng),
            address: Some(fill(street, &[("n", &(1 + index(rng, 2_999)).to_string())])),
            locality: Some(capital.name.clone()),
            region: (!capital.admin1_name.is_empty()).then(|| capital.admin1_name.clone()),
            postal_code: None,
            country: record.iso2,
            approximate: false,
        };
        let plan = if spec.always_open {
            HoursPlan::Always
        } else {
            HoursPlan::Extended
        };
        let draft = Draft {
            names: localized(spec.names),
            descriptions: localized(spec.descriptions),
            kinds: spec.kinds.to_vec(),
            populations: sorted_populations(spec.populations.to_vec()),
            languages: language_codes(spec.languages),
            cost: Cost::Free,
            delivery: spec.delivery.to_vec(),
            hours: hours(plan, timezone_of(capital, record), rng),
            phones,
            area: whole_countries(countries),
            status: ServiceStatus::Active,
            capacity: Capacity::Unknown,
            capacity_updated_at: None,
            confidential: false,
            location: Some(location),
            country: record.iso2,
            max_verified_days: 150.0,
        };
        self.push_service(org, draft, rng);
    }
}
