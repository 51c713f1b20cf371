//! What an installed app is called and shows: the bundle settings `dx bundle` reads for the
//! phone and desktop builds (Dioxus.toml) and the web app's manifest. Every icon named exists.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn dioxus_toml() -> toml::Table {
    let text = std::fs::read_to_string(Path::new(ROOT).join("Dioxus.toml")).unwrap();
    text.parse().expect("Dioxus.toml is valid TOML")
}

fn table<'a>(parent: &'a toml::Table, key: &str) -> &'a toml::Table {
    parent[key]
        .as_table()
        .unwrap_or_else(|| panic!("[{key}] is a table"))
}

#[test]
fn the_bundle_names_the_app_and_its_icons_exist() {
    let config = dioxus_toml();
    assert_eq!(
        table(&config, "application")["name"].as_str(),
        Some("Fresh Legs")
    );
    let bundle = table(&config, "bundle");
    assert_eq!(
        bundle["identifier"].as_str(),
        Some("app.freshlegs.FreshLegs")
    );
    let icons = bundle["icon"].as_array().unwrap();
    assert!(!icons.is_empty());
    for icon in icons {
        let path = Path::new(ROOT).join(icon.as_str().unwrap());
        assert!(path.is_file(), "{} exists", path.display());
    }
}

#[test]
fn the_phone_builds_ask_for_vibration_and_the_screen_wake_lock_only() {
    let config = dioxus_toml();
    let android = table(&config, "android");
    let permissions: Vec<&str> = table(android, "permissions")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        permissions,
        ["android.permission.VIBRATE", "android.permission.WAKE_LOCK"],
        "no network permission, nothing beyond the player's cues"
    );
    assert!(android["min_sdk"].as_integer().unwrap() >= 24);
    let ios = table(&config, "ios");
    assert!(ios["deployment_target"].as_str().is_some());
    assert_eq!(
        table(ios, "plist")["CFBundleDisplayName"].as_str(),
        Some("Fresh Legs")
    );
}

#[test]
fn the_web_manifest_installs_the_app_with_icons_that_exist() {
    let text =
        std::fs::read_to_string(Path::new(ROOT).join("assets/web/manifest.webmanifest")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(manifest["name"], "Fresh Legs");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["start_url"], "/");
    let icons = manifest["icons"].as_array().unwrap();
    for icon in icons {
        // The build copies assets/icons/* to /icons/ in dist.
        let src = icon["src"].as_str().unwrap();
        let file = Path::new(ROOT)
            .join("assets")
            .join(src.trim_start_matches('/'));
        assert!(file.is_file(), "{src} comes from {}", file.display());
    }
    let sizes: Vec<&str> = icons
        .iter()
        .filter_map(|icon| icon["sizes"].as_str())
        .collect();
    assert!(
        sizes.contains(&"192x192") && sizes.contains(&"512x512"),
        "{sizes:?}"
    );
}
