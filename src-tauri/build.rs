//! Generates the Tauri context and one permission per app command, so the
//! capability file can grant exactly the commands the UI uses.

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(smo_commands())),
    )
    .expect("tauri build script failed");
}

/// Every command in `src/commands.rs`; `tests/security.rs` checks the lists agree.
fn smo_commands() -> &'static [&'static str] {
    &[
        "app_status",
        "list_workshops",
        "workshop_page",
        "get_workshop",
        "create_workshop",
        "create_sample_workshop",
        "rename_workshop",
        "duplicate_workshop",
        "delete_workshop",
        "update_set_up",
        "add_participant",
        "update_participant",
        "remove_participant",
        "move_participant",
        "list_frameworks",
        "import_framework",
        "set_framework",
        "set_scope",
        "record_current",
        "record_target",
        "record_vote",
        "gap_analysis",
        "update_charter",
        "save_charter_version",
        "charter_version",
        "save_initiatives",
        "delete_initiative",
        "move_initiative",
        "set_phase",
        "roadmap_view",
        "suggest_initiatives",
        "export_pdfs",
        "open_export",
        "export_workshop_file",
        "import_workshop_file",
        "resolve_import",
        "restore_rescue_backup",
        "list_backups",
        "restore_backup",
        "backup_now",
        "undo",
        "redo",
        "set_zoom",
        "confirm_close",
        "first_screen_ready",
    ]
}
