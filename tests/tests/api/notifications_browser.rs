//! Issue 18 in headless Chromium: on a server with no mail server and no SMS gateway, a warm referral's e-mail to
//! the receiving organisation's editor is held, not sent. The editor, on a 360 px phone, opens Notifications, is
//! told plainly that nothing is sent, finds the mail listed as held and previews it: the address masked, the text
//! as it would go, nothing of the person referred. The screenshot goes to `target/screenshots/`.

use std::time::Duration;

use ruta_tests::browser::Browser;
use serde_json::{Value, json};

use crate::accounts::{PW, SHELTER, World, id, world};

/// What the operator learned on the line: none of it may reach a notification.
const PERSONAL: [&str; 4] = [
    "MARKER-ALIAS",
    "MARKER-NOTE",
    "+50499990000",
    "Casa Segura Prueba",
];

/// The operator refers someone to the fixture organisation's confidential shelter, which queues one e-mail to its
/// editor (`editor@ruta.test`).
async fn refer_to_the_shelter(w: &World) {
    let body = json!({
        "service_id": id(SHELTER),
        "consent": { "given": true, "agreed_to": ["share_details", "be_contacted"] },
        "alias": "MARKER-ALIAS",
        "language": "es",
        "contact": { "channel": "whatsapp", "value": "9999 0000", "country": "HN" },
        "needs": ["shelter"],
        "urgency": "urgent",
        "note": "MARKER-NOTE needs a place tonight",
    });
    let sent = w
        .app
        .post_as(&w.operator, "/api/v1/referrals/warm", Some(&body))
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
}

/// The editor's notifications once the worker (every second) has held the only one, or the test stops.
async fn until_held(w: &World) -> Value {
    let mut last = Value::Null;
    for _ in 0..300 {
        last = w
            .app
            .get_as(w.editor.as_str(), "/api/v1/manage/notifications")
            .await
            .json;
        if last["notifications"][0]["status"] == "held" {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the referral's notification was not held after 15 s: {last}");
}

#[tokio::test]
async fn with_no_channel_configured_an_editor_sees_the_referral_mail_held_and_previews_it_masked_on_a_phone()
{
    let w = world().await;
    w.app.assert_app_built();
    refer_to_the_shelter(&w).await;
    let listed = until_held(&w).await;
    assert_eq!(
        listed["channels"],
        json!({ "email": false, "sms_gateway": false })
    );
    let notification_id = listed["notifications"][0]["id"].as_str().unwrap().to_owned();

    // The receiving organisation's editor, on a phone in English, opens Notifications from the tabs.
    let b = Browser::start_configured(360, 780, "en").await;
    b.sign_in_staff_to(&w.app.base, "editor@ruta.test", PW, "#nav-notifications")
        .await;

    // Told plainly that nothing is sent, only listed.
    let banner = b.text("#notify-channels").await;
    assert!(
        banner.contains("No channel is configured") && banner.contains("not sent"),
        "{banner}"
    );

    // The held mail, in words: what it tells of, how, where it stands.
    let row_css = format!("#notification-list li.notification[data-id='{notification_id}']");
    let row = b.text(&row_css).await;
    for shown in [
        "New referral",
        "E-mail",
        "Held (not sent)",
        "Delivery attempts: 0",
    ] {
        assert!(row.contains(shown), "the row shows {shown:?}: {row}");
    }
    assert!(!row.contains("referral_new"), "a wire name on screen: {row}");

    // Its preview: the address masked, the subject and the text as they would go, in the organisation's language.
    b.tap_then(
        &format!("{row_css} button.preview"),
        "the preview is shown",
        "return !!document.querySelector('#notification-list .notification-preview .preview-text');",
    )
    .await;
    let to = b.text(&format!("{row_css} .preview-to")).await;
    assert!(to.contains("***@"), "the recipient is masked: {to}");
    assert!(!to.contains("editor@"), "the recipient is shown whole: {to}");
    let subject = b.text(&format!("{row_css} .preview-subject")).await;
    assert_eq!(subject, "Nueva derivación en Ruta");
    let text = b.text(&format!("{row_css} .preview-text")).await;
    assert_eq!(
        text,
        "Llegó una nueva derivación para su organización. Abra Ruta para verla."
    );
    let screen = b.text("#notifications").await;
    for secret in PERSONAL {
        assert!(!screen.contains(secret), "the screen shows {secret}");
    }

    assert_eq!(b.horizontal_overflow().await, 0, "the notifications fit 360 px");
    // The row and its whole preview in one picture.
    b.js("document.querySelector('#notification-list .notification-preview').scrollIntoView({ block: 'end' });")
        .await;
    b.screenshot("notifications-360").await;
    b.assert_accessible("notifications").await;

    // The words follow a language switch.
    b.choose_language("#staff-language", "es").await;
    b.wait_until(
        "the status is in Spanish",
        "return document.querySelector('#notification-list li.notification').innerText.includes('Retenida (no enviada)');",
    )
    .await;
}
