//! The server's layers (README, "Architecture"): `http` → application services → `directory`/`storage`/`geo`/
//! `reference`/`auth` → `domain`. An arrow never points up: this reads every source file of `server/src` and
//! fails on a `use` or path that reaches a higher layer, or on a lower layer naming axum, `ApiError` or
//! `AppState`.

use std::path::{Path, PathBuf};

/// The layer of a module, by its path under `server/src` (higher numbers sit above lower ones).
fn layer(module: &str) -> Option<u8> {
    let top = module.split('/').next().unwrap_or(module).trim_end_matches(".rs");
    Some(match top {
        "domain" => 0,
        "geo" | "reference" | "directory" | "storage" | "auth" | "clock" | "vault" => 1,
        "catalog" | "accounts" | "booking" | "coverage" | "hsds" | "lifelines" | "config" | "notify"
        | "warm_referrals" | "listing_check" => 2,
        "http" => 3,
        _ => return None,
    })
}

/// A source file's path below `server/src`, with `/` between folders: `http/staff/csv.rs`.
fn module_of(src: &Path, file: &Path) -> String {
    file.strip_prefix(src)
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_reaches_a_higher_layer_and_nothing_below_http_knows_http() {
    let src = ruta_tests::workspace().join("server/src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut breaches = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        let Some(own) = layer(&module) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(at) = rest.find("crate::") {
                let path = &rest[at + "crate::".len()..];
                let target: String = path
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if let Some(theirs) = layer(&target)
                    && theirs > own
                {
                    breaches.push(format!(
                        "{module}:{}: {} reaches up to {target}",
                        n + 1,
                        line.trim()
                    ));
                }
                rest = &path[target.len()..];
            }
            if own < 3 {
                for word in ["axum", "ApiError", "AppState"] {
                    if code.contains(word) {
                        breaches.push(format!("{module}:{}: names {word}", n + 1));
                    }
                }
            }
        }
    }
    assert!(breaches.is_empty(), "layer breaches:\n{}", breaches.join("\n"));
}

#[test]
fn the_server_modules_form_no_circle() {
    let src = ruta_tests::workspace().join("server/src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut edges: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for file in &files {
        let module = module_of(&src, file);
        let own = module
            .split('/')
            .next()
            .unwrap()
            .trim_end_matches(".rs")
            .to_owned();
        if own == "lib" || own == "main" {
            continue;
        }
        for line in std::fs::read_to_string(file).unwrap().lines() {
            let code = line.split("//").next().unwrap_or("");
            for (at, _) in code.match_indices("crate::") {
                let target: String = code[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if target != own && layer(&target).is_some() {
                    edges.entry(own.clone()).or_default().insert(target);
                }
            }
        }
    }
    // Depth-first search for a path that comes back to where it started.
    fn visit(
        node: &str,
        edges: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(path[at..].iter().cloned().chain([node.to_owned()]).collect());
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    for start in edges.keys() {
        if let Some(circle) = visit(start, &edges, &mut Vec::new()) {
            panic!("module circle: {}", circle.join(" → "));
        }
    }
}
