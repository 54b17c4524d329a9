//! A small fictional directory around Tegucigalpa, with exact expectations.

use api_types::{Cost, DeliveryMode, Population, ServiceKind, ServiceStatus, Weekday};
use ruta_server::domain::Service;
use ruta_tests::TestApp;
use ruta_tests::fixtures::ServiceFixture as S;
use uuid::Uuid;

pub const NORTH_1KM: u128 = 1;
pub const SAFE_HOUSE: u128 = 2;
pub const CLINIC: u128 = 3;
pub const LEGAL: u128 = 4;
pub const MEN_SHELTER: u128 = 5;
pub const DEFUNCT: u128 = 6;
pub const TEMP_CLOSED: u128 = 7;
pub const HN_HOTLINE: u128 = 8;
pub const CA_VIDEO: u128 = 9;
pub const FM_VIDEO: u128 = 10;
pub const GT_HOTLINE: u128 = 11;
pub const SAN_PEDRO: u128 = 12;
pub const QUECHUA: u128 = 13;

/// The safe house's real door, which must never reach the public.
pub const SAFE_HOUSE_EXACT: (f64, f64) = (14.07731, -87.18832);
pub const SAFE_HOUSE_ADDRESS: &str = "Calle de Prueba 2";

pub fn id(n: u128) -> String {
    Uuid::from_u128(n).to_string()
}

pub fn services() -> Vec<Service> {
    let tz = "America/Tegucigalpa";
    vec![
        S::new(NORTH_1KM, "Centro Psicosocial Norte", 14.09079, -87.20681).build(),
        S::new(
            SAFE_HOUSE,
            "Refugio Las Palmas",
            SAFE_HOUSE_EXACT.0,
            SAFE_HOUSE_EXACT.1,
        )
        .kinds(&[ServiceKind::Shelter])
        .populations(&[Population::Women, Population::SexualExploitation])
        .confidential()
        .build(),
        S::new(CLINIC, "Clínica Santa Lucía", 14.03684, -87.20681)
            .kinds(&[ServiceKind::Health])
            .languages(&["es", "en"])
            .cost(Cost::Low)
            .hours(
                tz,
                false,
                &[(Weekday::Mon, "08:00", "17:00"), (Weekday::Tue, "08:00", "17:00")],
            )
            .build(),
        S::new(LEGAL, "Asesoría Legal Mujeres", 14.0818, -87.29950)
            .kinds(&[ServiceKind::Legal])
            .languages(&["es", "miq"])
            .populations(&[Population::Women])
            .hours(tz, false, &[(Weekday::Sat, "09:00", "12:00")])
            .build(),
        S::new(MEN_SHELTER, "Casa de Acogida Hombres", 14.27, -87.01)
            .kinds(&[ServiceKind::Shelter])
            .populations(&[Population::Men, Population::Lgbtq, Population::LabourExploitation])
            .hours(tz, true, &[])
            .description_in("es", "Acogida para hombres sobrevivientes de trata laboral.")
            .build(),
        S::new(DEFUNCT, "Servicio Cerrado", 14.0863, -87.20681)
            .status(ServiceStatus::Defunct)
            .build(),
        S::new(TEMP_CLOSED, "Atención Temporalmente Cerrada", 14.1088, -87.20681)
            .status(ServiceStatus::TemporarilyClosed)
            .build(),
        S::new(HN_HOTLINE, "Línea Nacional de Prueba", 0.0, 0.0)
            .without_location()
            .kinds(&[ServiceKind::Hotline])
            .delivery(&[DeliveryMode::Phone, DeliveryMode::Chat])
            .hours(tz, true, &[])
            .area(&["HN"], &[])
            .build(),
        S::new(CA_VIDEO, "Videoterapia Centroamérica", 0.0, 0.0)
            .without_location()
            .delivery(&[DeliveryMode::Video, DeliveryMode::Phone])
            .languages(&["es", "en"])
            .hours(tz, false, &[(Weekday::Tue, "08:00", "12:00")])
            .area(&["HN", "GT", "SV"], &[])
            .build(),
        S::new(FM_VIDEO, "Consejería Francisco Morazán", 0.0, 0.0)
            .without_location()
            .delivery(&[DeliveryMode::Video])
            .area(&[], &["HN-FM"])
            .build(),
        S::new(GT_HOTLINE, "Línea Guatemala de Prueba", 0.0, 0.0)
            .without_location()
            .kinds(&[ServiceKind::Hotline])
            .delivery(&[DeliveryMode::Phone])
            .hours("America/Guatemala", true, &[])
            .area(&["GT"], &[])
            .build(),
        S::new(SAN_PEDRO, "Centro San Pedro", 15.50417, -88.025).build(),
        S::new(QUECHUA, "Wasi de Prueba", 14.0818, -87.15)
            .languages(&["es", "qu"])
            .name_in("qu", "Yanapay Wasi")
            .description_in("qu", "Yanapay kallpachay.")
            .description_in("es", "Apoyo y acompañamiento.")
            .build(),
    ]
}

pub async fn spawn() -> TestApp {
    TestApp::spawn_with_services(&services()).await
}
