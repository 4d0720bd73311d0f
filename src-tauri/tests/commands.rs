//! The app's commands called through Tauri's real IPC layer (mock runtime,
//! real context and capabilities), on temporary data directories.

use serde_json::{json, Value};
use smo_store::DataDir;
use smo_workbench_lib::{build, AppState};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

fn start() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = AppState::open(&DataDir::at(dir.path()));
    let app = build(mock_builder(), state)
        .build(tauri::generate_context!())
        .expect("app builds");
    let window = match app.get_webview_window("main") {
        Some(w) => w,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window"),
    };
    TestApp {
        _app: app,
        window,
        _dir: dir,
    }
}

impl TestApp {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("valid url"),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().expect("JSON reply"))
    }
}

#[test]
fn first_start_has_the_sample_workshop() {
    let app = start();
    let status = app.invoke("app_status", json!({})).expect("status");
    assert_eq!(status["sampleCreated"], true);
    assert_eq!(status["error"], Value::Null);
    let list = app.invoke("list_workshops", json!({})).expect("list");
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["organisation"], "Harbourline Logistics");
}

#[test]
fn create_edit_and_add_participants_through_ipc() {
    let app = start();
    let w = app
        .invoke(
            "create_workshop",
            json!({"workshop": {"organisation": "Acme", "title": "SMO", "startDate": "2026-05-04", "facilitator": "Lee"}}),
        )
        .expect("created");
    let id = w["id"].as_str().expect("id").to_owned();
    let mut set_up = w["setUp"].clone();
    set_up["sponsor"] = json!("Dana, CFO");
    let updated = app
        .invoke("update_set_up", json!({"id": id, "setUp": set_up}))
        .expect("updated");
    assert_eq!(updated["setUp"]["sponsor"], "Dana, CFO");

    for name in ["Ada", "Bo"] {
        app.invoke(
            "add_participant",
            json!({"workshopId": id, "participant": {"name": name, "role": "", "area": ""}}),
        )
        .expect("added");
    }
    let read = app.invoke("get_workshop", json!({"id": id})).expect("read");
    let names: Vec<&str> = read["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["Ada", "Bo"]);
    assert_eq!(read["progress"]["steps"][0]["done"], 4);
}

#[test]
fn errors_arrive_as_code_message_and_field() {
    let app = start();
    let w = app
        .invoke(
            "create_workshop",
            json!({"workshop": {"organisation": "Acme", "title": "SMO", "startDate": "2026-05-04", "facilitator": ""}}),
        )
        .expect("created");
    let mut set_up = w["setUp"].clone();
    set_up["organisation"] = json!("  ");
    let err = app
        .invoke("update_set_up", json!({"id": w["id"], "setUp": set_up}))
        .expect_err("refused");
    assert_eq!(err["code"], "invalidInput");
    assert_eq!(err["field"], "organisation");
    assert_eq!(err["message"], "Organisation cannot be empty");

    let missing = app
        .invoke(
            "get_workshop",
            json!({"id": "00000000-0000-0000-0000-000000000000"}),
        )
        .expect_err("not found");
    assert_eq!(missing["code"], "notFound");
}

#[test]
fn a_newer_database_is_reported_not_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::at(dir.path());
    drop(AppState::open(&data));
    {
        let conn = rusqlite_conn(&data.database_path());
        conn.pragma_update(None, "user_version", 999)
            .expect("bump version");
    }
    let state = AppState::open(&data);
    let error = state.status().error.clone().expect("an error");
    assert_eq!(error.code, smo_workbench_lib::ErrorCode::NewerDatabase);
}

fn rusqlite_conn(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).expect("open")
}
