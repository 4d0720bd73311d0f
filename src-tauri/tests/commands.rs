//! The app's commands called through Tauri's real IPC layer (mock runtime,
//! real context and capabilities), on temporary data directories.

use serde_json::{json, Value};
use smo_store::DataDir;
use smo_workbench_lib::{build, AppState, FirstScreen, Launch, MenuCommand, PageEvent, PageEvents};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: Option<tempfile::TempDir>,
}

fn start() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start_in(&DataDir::at(dir.path()));
    app._dir = Some(dir);
    app
}

fn start_in(data: &DataDir) -> TestApp {
    let state = AppState::open(data);
    let app = build(mock_builder(), state, Launch::default())
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
        _dir: None,
    }
}

impl TestApp {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke_in(&self.window, cmd, args)
    }
}

/// Calls `cmd` as the page in `window` would (its capability applies).
fn invoke_in(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    {
        get_ipc_response(
            window,
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
fn the_presenter_window_sees_who_has_voted_before_the_reveal_and_may_call_nothing_else() {
    let app = start();
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 10}))
        .expect("list");
    let id = list["workshops"][0]["id"].clone();
    let w = app.invoke("get_workshop", json!({"id": id})).expect("read");
    let practice = w["assessment"]["practices"][0]["practiceId"].clone();
    let people: Vec<Value> = w["participants"].as_array().expect("people").clone();
    let started = app
        .invoke(
            "start_vote_round",
            json!({"workshopId": id, "practiceId": practice, "question": "current"}),
        )
        .expect("a new round");
    let number = started["practice"]["rounds"]
        .as_array()
        .and_then(|r| r.last())
        .map(|r| r["number"].clone())
        .expect("the new round");
    let round = json!({"practiceId": practice, "question": "current", "number": number});
    app.invoke(
        "record_vote",
        json!({"workshopId": id, "round": round, "participantId": people[1]["id"], "level": 5}),
    )
    .expect("a vote");
    let focus = json!({"kind": "practice", "workshopId": id, "practiceId": practice, "question": "current"});
    // Without a presenter window nothing is built for it.
    app.invoke("present", json!({"focus": focus}))
        .expect("present");
    let presenter =
        tauri::WebviewWindowBuilder::new(app.window.app_handle(), "presenter", Default::default())
            .build()
            .expect("the presenter window");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(screen["view"]["kind"], "waiting");
    // Once it is open, the UI tells it again (as `room.open` does).
    app.invoke("present", json!({"focus": focus}))
        .expect("present");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(screen["view"]["kind"], "practice");
    assert_eq!(screen["timer"], Value::Null, "no agenda is running");
    let vote = &screen["view"]["practice"]["vote"];
    assert_eq!(
        (vote["voted"].clone(), vote["revealed"].clone()),
        (json!(1), Value::Null)
    );
    assert_eq!(vote["eligible"], json!(people.len()));
    // Each screen is sent to the presenter's page, and to no other window's.
    let sent = invoke_in(&presenter, "next_page_events", json!({})).expect("its events");
    let kinds: Vec<&Value> = sent
        .as_array()
        .expect("a list")
        .iter()
        .map(|e| &e["kind"])
        .collect();
    assert_eq!(kinds, [&json!("roomScreen")], "sent once it was open");
    assert_eq!(sent[0]["payload"], screen);
    app.window
        .state::<PageEvents>()
        .send("main", PageEvent::FilesDragged(0));
    assert_eq!(
        app.invoke("next_page_events", json!({}))
            .expect("its events"),
        json!([{"kind": "filesDragged", "payload": 0}])
    );
    let text = screen.to_string();
    for person in &people {
        let name = person["name"].as_str().expect("a name");
        assert!(
            !text.contains(name),
            "{name} is on the projector before the reveal"
        );
    }
    // Least privilege: the projector's page reads its screen and nothing else,
    // and the facilitator's page has no use for the screen.
    for (cmd, args) in [
        ("get_workshop", json!({"id": id})),
        ("workshop_page", json!({"search": "", "limit": 1})),
        ("present", json!({"focus": focus})),
        ("close_presenter", json!({})),
    ] {
        let refused = invoke_in(&presenter, cmd, args).expect_err("not granted");
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
    assert!(app.invoke("room_screen", json!({})).is_err());

    app.invoke(
        "reveal_vote_round",
        json!({"workshopId": id, "round": round}),
    )
    .expect("reveal");
    app.invoke("present", json!({"focus": focus}))
        .expect("present");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    let revealed = &screen["view"]["practice"]["vote"]["revealed"];
    assert_eq!(revealed["atLevel"], json!([0, 0, 0, 0, 0, 1]));
    assert_eq!(
        revealed["voters"],
        json!([]),
        "names stay off unless turned on"
    );
    app.invoke(
        "set_presenter_mode",
        json!({"mode": "following", "names": "shown"}),
    )
    .expect("names on");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(
        screen["view"]["practice"]["vote"]["revealed"]["voters"][0]["name"],
        people[1]["name"]
    );
    app.invoke(
        "set_presenter_mode",
        json!({"mode": "blank", "names": "hidden"}),
    )
    .expect("blank");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(
        screen,
        json!({"view": {"kind": "blank", "organisation": "Harbourline Logistics"}, "timer": null, "invite": null})
    );
    // Frozen: a change of practice does not reach the room.
    app.invoke(
        "set_presenter_mode",
        json!({"mode": "frozen", "names": "hidden"}),
    )
    .expect("freeze");
    let other = json!({"kind": "step", "workshopId": id, "step": "charter"});
    app.invoke("present", json!({"focus": other}))
        .expect("present");
    assert_eq!(
        invoke_in(&presenter, "room_screen", json!({})).expect("screen")["view"]["kind"],
        "blank"
    );
    app.invoke(
        "set_presenter_mode",
        json!({"mode": "following", "names": "hidden"}),
    )
    .expect("follow");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(
        (
            screen["view"]["kind"].clone(),
            screen["view"]["step"].clone()
        ),
        (json!("step"), json!("charter"))
    );
    // The agenda's clock reaches the room with the next screen.
    let plan = app
        .invoke(
            "use_agenda_template",
            json!({"workshopId": id, "length": "oneDay"}),
        )
        .expect("a plan");
    let first = plan["agenda"]["items"][0].clone();
    let started = app
        .invoke("agenda_clock", json!({"workshopId": id, "action": "start"}))
        .expect("started");
    assert_eq!(started["reading"]["current"], 0);
    assert_eq!(started["reading"]["running"], true);
    app.invoke("present", json!({"focus": other}))
        .expect("present");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(screen["timer"]["title"], first["title"]);
    assert_eq!(screen["timer"]["running"], true);
    let refused = app
        .invoke(
            "agenda_clock",
            json!({"workshopId": id, "action": "resume"}),
        )
        .expect_err("running, not paused");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|m| m.contains("is not paused")),
        "{refused}"
    );
}

#[test]
fn first_start_has_the_sample_workshop() {
    let app = start();
    let status = app.invoke("app_status", json!({})).expect("status");
    assert_eq!(status["sampleCreated"], true);
    assert_eq!(status["error"], Value::Null);
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 1000}))
        .map(|p| p["workshops"].clone())
        .expect("list");
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["organisation"], "Harbourline Logistics");
}

#[test]
fn the_zoom_is_applied_remembered_for_the_next_start_and_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::at(dir.path());
    {
        let app = start_in(&data);
        assert_eq!(
            app.invoke("app_status", json!({})).expect("status")["zoom"],
            1.0
        );
        assert_eq!(
            app.invoke("set_zoom", json!({"factor": 1.25}))
                .expect("zoomed"),
            1.25
        );
        let err = app
            .invoke("set_zoom", json!({"factor": 9}))
            .expect_err("refused");
        assert_eq!(err["code"], "invalidInput");
        assert!(
            err["message"].as_str().is_some_and(|m| m.contains("zoom")),
            "{err}"
        );
    }
    let again = start_in(&data);
    assert_eq!(
        again.invoke("app_status", json!({})).expect("status")["zoom"],
        1.25
    );
}

#[test]
fn the_home_list_page_finds_workshops_and_counts_them() {
    let app = start();
    for org in ["Acme", "Société Générale", "Globex"] {
        app.invoke(
            "create_workshop",
            json!({"workshop": {"organisation": org, "title": "SMO", "startDate": "2026-05-04", "facilitator": ""}}),
        )
        .expect("created");
    }
    let page = app
        .invoke("workshop_page", json!({"search": "", "limit": 2}))
        .expect("page");
    assert_eq!(
        (page["total"].as_u64(), page["matching"].as_u64()),
        (Some(4), Some(4))
    );
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 1000}))
        .map(|p| p["workshops"].clone())
        .expect("list");
    assert_eq!(
        page["workshops"],
        json!(list.as_array().expect("rows")[..2])
    );
    let found = app
        .invoke(
            "workshop_page",
            json!({"search": "SOCIETE smo", "limit": 30}),
        )
        .expect("page");
    assert_eq!(found["matching"], 1);
    assert_eq!(found["workshops"][0]["organisation"], "Société Générale");
    let refused = app.invoke("workshop_page", json!({"search": "", "limit": -1}));
    assert!(refused.is_err(), "a negative limit is refused: {refused:?}");
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
    assert_eq!(read["progress"]["steps"][0]["done"], 5);
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
    let before = std::fs::read(data.database_path()).expect("bytes");
    let app = start_in(&data);
    let status = app.invoke("app_status", json!({})).expect("status");
    assert_eq!(status["error"], Value::Null);
    assert!(
        status["readOnly"]
            .as_str()
            .is_some_and(|m| m.contains("newer version")),
        "{status}"
    );
    // Readable...
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 1000}))
        .map(|p| p["workshops"].clone())
        .expect("readable");
    assert_eq!(list[0]["organisation"], "Harbourline Logistics");
    // ...but never written.
    let err = app
        .invoke(
            "rename_workshop",
            json!({"id": list[0]["id"], "title": "Changed"}),
        )
        .expect_err("read-only");
    assert_eq!(err["code"], "readOnly");
    drop(app);
    assert_eq!(
        std::fs::read(data.database_path()).expect("bytes"),
        before,
        "byte for byte untouched"
    );
}

#[test]
fn score_vote_target_and_read_the_gap_analysis_through_ipc() {
    let app = start();
    let w = app
        .invoke(
            "create_workshop",
            json!({"workshop": {"organisation": "Acme", "title": "SMO", "startDate": "2026-05-04", "facilitator": "Lee"}}),
        )
        .expect("created");
    let id = w["id"].as_str().expect("id").to_owned();
    assert_eq!(w["assessment"]["framework"]["id"], "itil4-practices");
    let w = app
        .invoke(
            "set_scope",
            json!({"workshopId": id, "practiceIds": ["service-desk", "incident-management"]}),
        )
        .expect("scope");
    assert_eq!(
        w["assessment"]["scope"],
        json!(["incident-management", "service-desk"])
    );
    let w = app
        .invoke(
            "add_participant",
            json!({"workshopId": id, "participant": {"name": "Ada", "role": "", "area": ""}}),
        )
        .expect("added");
    let ada = w["participants"][0]["id"].clone();
    for (practice, current, target, priority) in [
        ("incident-management", 1, 4, "medium"),
        ("service-desk", 2, 3, "high"),
    ] {
        app.invoke(
            "record_current",
            json!({"workshopId": id, "practiceId": practice,
                   "input": {"current": current, "confidence": "medium", "evidence": "heard"}}),
        )
        .expect("current");
        app.invoke(
            "record_target",
            json!({"workshopId": id, "practiceId": practice,
                   "input": {"target": target, "priority": priority, "horizon": 12}}),
        )
        .expect("target");
    }
    let w = app
        .invoke(
            "record_vote",
            json!({"workshopId": id, "participantId": ada, "level": 4,
                   "round": {"practiceId": "service-desk", "question": "current", "number": 1}}),
        )
        .expect("vote");
    // Recording one practice replies with that practice and what is derived,
    // not the whole workshop.
    assert_eq!(w["practice"]["practiceId"], "service-desk");
    assert_eq!(w["practice"]["spread"]["max"], 4);
    // Scope, participant, two levels, two targets, a vote: different things,
    // each its own undo step however quickly they came.
    assert_eq!(w["history"]["undo"], 7);
    assert!(w.get("assessment").is_none(), "{w}");
    let whole = app.invoke("get_workshop", json!({"id": id})).expect("read");
    assert_eq!(whole["assessment"]["practices"][1], w["practice"]);
    assert_eq!(whole["progress"], w["progress"]);

    let space = json!({"width": 640, "maxHeight": 520, "text": 15});
    let gaps = app
        .invoke(
            "gap_analysis",
            json!({"workshopId": id, "charts": {"radar": space, "heatMap": space}}),
        )
        .expect("gap analysis");
    let svg_width = |svg: &str| {
        svg.split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|w| w.parse::<f64>().ok())
    };
    assert_eq!(
        gaps["practicesRadar"].as_str().and_then(svg_width),
        Some(640.0),
        "the radar fills the width it was given"
    );
    // A space no chart fits in is refused, naming the chart.
    let err = app
        .invoke(
            "gap_analysis",
            json!({"workshopId": id, "charts": {"radar": {"width": 50, "maxHeight": 520, "text": 15}, "heatMap": space}}),
        )
        .expect_err("too narrow");
    assert_eq!(err["code"], "invalidInput");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("the radar") && m.contains("width")),
        "{err}"
    );
    // Without rooms for the charts, only the numbers come back.
    let numbers = app
        .invoke("gap_analysis", json!({"workshopId": id, "charts": null}))
        .expect("numbers");
    assert_eq!(numbers["report"], gaps["report"]);
    assert_eq!(numbers["practicesRadar"], "");
    // incident: 3 × 2 = 6 beats service desk: 1 × 3 = 3.
    assert_eq!(
        gaps["report"]["ranking"],
        json!(["incident-management", "service-desk"])
    );
    let radar = gaps["practicesRadar"].as_str().expect("svg");
    assert!(radar.starts_with("<svg"), "{radar}");
    assert!(radar.contains("Incident management"));
    assert!(gaps["heatMap"]
        .as_str()
        .is_some_and(|s| s.contains("<title")));

    let err = app
        .invoke(
            "record_current",
            json!({"workshopId": id, "practiceId": "service-desk",
                   "input": {"current": 9, "confidence": null, "evidence": ""}}),
        )
        .expect_err("level 9 is refused at the boundary");
    assert!(err.to_string().contains("not a maturity level"), "{err}");
    let err = app
        .invoke(
            "import_framework",
            json!({"content": "format = 1\nid = \"x\"\n"}),
        )
        .expect_err("broken framework");
    assert_eq!(err["code"], "invalidInput");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("missing field")),
        "{err}"
    );
    let frameworks = app
        .invoke("list_frameworks", json!({}))
        .expect("frameworks");
    assert_eq!(frameworks.as_array().map(Vec::len), Some(2));
}

#[test]
fn charter_and_roadmap_through_ipc() {
    let app = start();
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 1000}))
        .map(|p| p["workshops"].clone())
        .expect("list");
    let id = list[0]["id"].as_str().expect("sample id").to_owned();

    // A RACI row with two Accountables saves, and comes back explained.
    let update = json!({"section": "raci", "content": [{
        "id": "r1", "activity": "Approve changes",
        "cells": [
            {"roleId": "a", "responsible": false, "accountable": true, "consulted": false, "informed": false},
            {"roleId": "b", "responsible": true, "accountable": true, "consulted": false, "informed": false}
        ]
    }]});
    let w = app
        .invoke(
            "update_charter",
            json!({"workshopId": id, "update": update}),
        )
        .expect("saved");
    assert_eq!(w["checks"]["raci"][0]["rowId"], "r1");
    assert!(w["checks"]["raci"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("2 Accountables")));

    let w = app
        .invoke(
            "save_charter_version",
            json!({"workshopId": id, "note": "v1", "approve": false}),
        )
        .expect("version");
    // The sample comes with its first draft as version 1.
    assert_eq!(w["charterVersions"][0]["number"], 2);
    let v = app
        .invoke("charter_version", json!({"workshopId": id, "number": 2}))
        .expect("open version");
    assert_eq!(v["charter"]["raci"][0]["activity"], "Approve changes");

    // A dependency cycle is refused with the cycle named.
    let sample_first = w["roadmap"]["initiatives"][0]["id"].clone();
    let mut first = w["roadmap"]["initiatives"][0].clone();
    let last = w["roadmap"]["initiatives"]
        .as_array()
        .and_then(|a| a.last())
        .cloned()
        .expect("some");
    let mut last_dep = last.clone();
    last_dep["dependencies"] = json!([sample_first]);
    first["dependencies"] = json!([last["id"]]);
    let err = app
        .invoke(
            "save_initiatives",
            json!({"workshopId": id, "initiatives": [first, last_dep]}),
        )
        .expect_err("cycle");
    assert_eq!(err["code"], "invalidInput");
    assert!(
        err["message"].as_str().is_some_and(|m| m.contains(" → ")),
        "{err}"
    );

    let view = app
        .invoke(
            "roadmap_view",
            json!({"workshopId": id, "timeline": {"width": 900, "maxHeight": 2000, "text": 15}}),
        )
        .expect("view");
    assert!(view["timeline"]
        .as_str()
        .is_some_and(|s| s.starts_with("<svg")));
    assert_eq!(
        view["board"].as_array().map(Vec::len),
        w["roadmap"]["initiatives"].as_array().map(Vec::len)
    );
    assert!(view["projections"]
        .as_array()
        .is_some_and(|p| !p.is_empty()));
    let suggestions = app
        .invoke("suggest_initiatives", json!({"workshopId": id}))
        .expect("suggest");
    assert_eq!(
        suggestions,
        json!([]),
        "the sample roadmap covers every gap"
    );
}

#[test]
fn a_damaged_database_is_moved_aside_and_its_newest_backup_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::at(dir.path());
    drop(AppState::open(&data)); // creates the sample
    {
        let mut store = smo_store::Store::open_in(&data).expect("open");
        store
            .backup(&data, smo_store::backup::BackupKind::Manual)
            .expect("backup with the sample");
    }
    std::fs::write(
        data.database_path(),
        b"this is not a database, it was damaged",
    )
    .expect("damage");
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", data.database_path().display()));
    }

    let app = start_in(&data);
    let status = app.invoke("app_status", json!({})).expect("status");
    assert_eq!(status["error"], Value::Null, "the app still starts");
    let moved = status["recovery"]["movedTo"]
        .as_str()
        .expect("moved aside")
        .to_owned();
    assert!(std::path::Path::new(&moved).exists());
    assert_eq!(
        std::fs::read(&moved).expect("kept"),
        b"this is not a database, it was damaged"
    );
    assert_eq!(status["recovery"]["backupWorkshops"], 1);
    assert_eq!(
        app.invoke("workshop_page", json!({"search": "", "limit": 1000}))
            .map(|p| p["workshops"].clone())
            .expect("list"),
        json!([])
    );
    app.invoke("restore_rescue_backup", json!({}))
        .expect("restore");
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 1000}))
        .map(|p| p["workshops"].clone())
        .expect("list");
    assert_eq!(list[0]["organisation"], "Harbourline Logistics");
}

fn rusqlite_conn(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).expect("open")
}

/// The replies of the main commands, as the UI receives them: a renamed or
/// retyped field fails here before it breaks the UI (`tests/golden/`,
/// rewritten on purpose with `UPDATE_GOLDEN=1`). Random ids and clock times
/// are replaced by placeholders, data paths by `<data dir>`.
#[test]
fn the_main_replies_keep_their_shape() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = start_in(&DataDir::at(dir.path()));
    let root = dir.path().display().to_string();
    let golden = |name: &str, reply: Value| {
        let text = reply.to_string().replace(&root, "<data dir>");
        let reply: Value = serde_json::from_str(&text).expect("JSON");
        smo_golden::check(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/golden")
                .join(format!("{name}.json")),
            &smo_golden::redacted(reply),
        );
    };
    let mut status = app.invoke("app_status", json!({})).expect("status");
    status["dateStyle"] = json!("<from the locale>");
    golden("app_status", status);
    // Not a command's reply but the same kind of wire: what the page is handed at start.
    let state = app.window.state::<AppState>();
    let mut first = serde_json::to_value(FirstScreen::read(&state)).expect("JSON");
    first["status"]["dateStyle"] = json!("<from the locale>");
    golden("first_screen", first);
    // What the shell tells the page, as the reply to its waiting call.
    let events = app.window.state::<PageEvents>();
    events.send("main", PageEvent::Menu(MenuCommand::About));
    events.send("main", PageEvent::FilesOpened(1));
    events.send("main", PageEvent::CloseRequested);
    golden(
        "next_page_events",
        app.invoke("next_page_events", json!({})).expect("events"),
    );
    let page = app
        .invoke("workshop_page", json!({"search": "", "limit": 30}))
        .expect("page");
    golden("workshop_page", page.clone());
    let id = page["workshops"][0]["id"]
        .as_str()
        .expect("the sample")
        .to_owned();
    golden(
        "get_workshop",
        app.invoke("get_workshop", json!({"id": id}))
            .expect("workshop"),
    );
    golden(
        "gap_analysis",
        app.invoke("gap_analysis", json!({"workshopId": id, "charts": null}))
            .expect("numbers"),
    );
    golden(
        "record_current",
        app.invoke(
            "record_current",
            json!({"workshopId": id, "practiceId": "incident-management",
                   "input": {"current": 3, "confidence": "high", "evidence": "Runbooks shown"}}),
        )
        .expect("recorded"),
    );
    golden(
        "charter_version",
        app.invoke("charter_version", json!({"workshopId": id, "number": 1}))
            .expect("version 1"),
    );
}

/// The first screen handed to the page with it (`first_screen.rs`) is what
/// the two commands it stands in for answer: home is the same either way.
#[test]
fn the_first_screen_is_what_the_commands_answer() {
    let app = start();
    let state = app.window.state::<AppState>();
    let first = serde_json::to_value(FirstScreen::read(&state)).expect("JSON");
    assert_eq!(
        Ok(first["status"].clone()),
        app.invoke("app_status", json!({}))
    );
    let page = app.invoke(
        "workshop_page",
        json!({"search": "", "limit": smo_core::LIST_WINDOW}),
    );
    assert_eq!(Ok(first["page"].clone()), page);
    assert_eq!(first["page"]["workshops"].as_array().map(Vec::len), Some(1));
}

#[test]
fn findings_briefs_and_their_drafts_through_ipc() {
    let app = start();
    let w = app
        .invoke(
            "create_workshop",
            json!({"workshop": {"organisation": "Acme", "title": "SMO", "startDate": "2026-05-04", "facilitator": "Lee"}}),
        )
        .expect("created");
    let id = w["id"].as_str().expect("id").to_owned();
    app.invoke(
        "set_scope",
        json!({"workshopId": id, "practiceIds": ["service-desk"]}),
    )
    .expect("scope");
    app.invoke(
        "record_current",
        json!({"workshopId": id, "practiceId": "service-desk", "input": {"current": 1, "confidence": "high", "evidence": ""}}),
    )
    .expect("current");
    app.invoke(
        "record_target",
        json!({"workshopId": id, "practiceId": "service-desk", "input": {"target": 3, "priority": "high", "horizon": 12}}),
    )
    .expect("target");
    // A recommendation is drafted from the next level's descriptor.
    let drafts = app
        .invoke("draft_recommendations", json!({"workshopId": id}))
        .expect("drafts");
    let text = drafts[0]["text"].as_str().expect("a draft");
    assert_eq!(drafts[0]["practiceId"], "service-desk");
    assert!(
        text.starts_with("Move from level 1 (Initial) to level 2 (Repeatable): "),
        "{text}"
    );
    assert!(text.contains("Then work towards the agreed target, level 3 (Defined)."));
    let change = app
        .invoke(
            "record_findings",
            json!({"workshopId": id, "practiceId": "service-desk", "input": {"strengths": "Friendly", "weaknesses": "Three desks", "recommendation": text}}),
        )
        .expect("findings");
    assert_eq!(change["practice"]["weaknesses"], "Three desks");
    assert_eq!(change["practice"]["recommendation"], text);
    // A brief: drafted, saved, read back; a refusal names its input.
    let draft = app
        .invoke(
            "draft_brief",
            json!({"workshopId": id, "document": "assessment"}),
        )
        .expect("draft");
    assert!(
        draft["decisions"][0]
            .as_str()
            .is_some_and(|d| d.starts_with("Confirm the target levels")),
        "{draft}"
    );
    let mut brief = draft.clone();
    brief["control"]["version"] = json!("1.0");
    brief["control"]["status"] = json!("final");
    let w = app
        .invoke(
            "update_brief",
            json!({"workshopId": id, "document": "assessment", "brief": brief}),
        )
        .expect("saved");
    assert_eq!(w["briefs"]["assessment"]["control"]["version"], "1.0");
    assert_eq!(
        w["briefs"]["assessment"]["keyMessages"],
        draft["keyMessages"]
    );
    brief["nextSteps"] = json!(["x".repeat(600)]);
    let err = app
        .invoke(
            "update_brief",
            json!({"workshopId": id, "document": "assessment", "brief": brief}),
        )
        .expect_err("too long");
    assert_eq!(err["code"], "invalidInput");
    assert_eq!(err["place"]["input"], "nextSteps");
    let read = app.invoke("get_workshop", json!({"id": id})).expect("read");
    assert_eq!(
        read["briefs"]["assessment"]["nextSteps"],
        draft["nextSteps"]
    );
}

/// Export through IPC: each document in its formats and the workbook, to the
/// folder the tests name instead of a dialog; the firm's Word template is
/// checked before it is kept. (The only test that sets these variables.)
#[test]
fn export_files_writes_each_format_and_keeps_a_checked_word_template() {
    let app = start();
    let out = tempfile::tempdir().expect("temp dir");
    std::env::set_var(smo_workbench_lib::EXPORT_DIR_ENV, out.path());
    let page = app
        .invoke("workshop_page", json!({"search": "", "limit": 1}))
        .expect("page");
    let id = page["workshops"][0]["id"].as_str().expect("id").to_owned();
    let items = json!([
        {"kind": "document", "document": "charter", "format": "word"},
        {"kind": "document", "document": "assessment", "format": "pdf"},
        {"kind": "workbook"},
    ]);
    let files = app
        .invoke(
            "export_files",
            json!({"workshopId": id, "items": items, "paper": "a4"}),
        )
        .expect("exported");
    let files = files.as_array().expect("a list").clone();
    assert_eq!(files.len(), 3);
    assert_eq!(files[0]["item"], items[0]);
    assert_eq!(files[0]["name"], "Harbourline Logistics – SMO Charter.docx");
    assert_eq!(
        files[0]["pages"],
        Value::Null,
        "Word lays out its own pages"
    );
    assert!(files[1]["pages"].as_u64().is_some_and(|p| p > 5));
    assert_eq!(
        files[2]["name"],
        "Harbourline Logistics – SMO Workbench data.xlsx"
    );
    for f in &files {
        let bytes =
            std::fs::read(out.path().join(f["name"].as_str().expect("name"))).expect("written");
        assert_eq!(bytes.len() as u64, f["bytes"].as_u64().expect("size"));
    }
    // Exporting the charter in Word counts it as exported; the workbook is no document.
    let w = app
        .invoke("get_workshop", json!({"id": id}))
        .expect("workshop");
    let exported: Vec<&str> = w["exports"]
        .as_array()
        .expect("exports")
        .iter()
        .filter_map(|e| e["document"].as_str())
        .collect();
    assert!(exported.contains(&"charter") && exported.contains(&"assessment"));
    let nothing = app
        .invoke(
            "export_files",
            json!({"workshopId": id, "items": [], "paper": "a4"}),
        )
        .expect_err("nothing to export");
    assert!(nothing["message"]
        .as_str()
        .expect("message")
        .contains("Choose at least one"));

    // A file that is not a Word document is refused and nothing is kept.
    assert_eq!(
        app.invoke("word_template", json!({})).expect("none"),
        Value::Null
    );
    let notes = out.path().join("notes.docx");
    std::fs::write(&notes, b"plain text").expect("write");
    std::env::set_var("SMO_WORKBENCH_WORD_TEMPLATE_FILE", &notes);
    let refused = app
        .invoke("choose_word_template", json!({}))
        .expect_err("refused");
    assert_eq!(refused["code"], "invalidInput");
    assert!(refused["message"]
        .as_str()
        .expect("message")
        .contains("not a Word document"));
    assert_eq!(
        app.invoke("word_template", json!({})).expect("none"),
        Value::Null
    );
    // The exported charter serves as a template; Word exports then use it.
    let charter = out.path().join("Harbourline Logistics – SMO Charter.docx");
    std::env::set_var("SMO_WORKBENCH_WORD_TEMPLATE_FILE", &charter);
    let kept = app.invoke("choose_word_template", json!({})).expect("kept");
    assert_eq!(kept, "Harbourline Logistics – SMO Charter.docx");
    assert_eq!(app.invoke("word_template", json!({})).expect("kept"), kept);
    app.invoke("remove_word_template", json!({}))
        .expect("forgotten");
    assert_eq!(
        app.invoke("word_template", json!({})).expect("none"),
        Value::Null
    );
}

/// A phone's call to the phones' API.
fn phone_call(
    client: &reqwest::blocking::Client,
    base: &str,
    token: &str,
    path: &str,
    body: Value,
) -> (u16, Value) {
    let r = client
        .post(format!("{base}{path}"))
        .header("Origin", base)
        .bearer_auth(token)
        .json(&body)
        .send()
        .expect("answered");
    (r.status().as_u16(), r.json().unwrap_or(Value::Null))
}

#[test]
fn a_phones_vote_lands_in_the_workshop_and_the_room_sees_how_to_join() {
    let app = start();
    let list = app
        .invoke("workshop_page", json!({"search": "", "limit": 10}))
        .expect("list");
    let id = list["workshops"][0]["id"].clone();
    let w = app.invoke("get_workshop", json!({"id": id})).expect("read");
    let practice = w["assessment"]["practices"]
        .as_array()
        .and_then(|all| all.iter().find(|p| p["rounds"] == json!([])))
        .map(|p| p["practiceId"].clone())
        .expect("a practice nobody voted on");
    let person = w["participants"][2]["id"].clone();

    let addresses = app.invoke("phone_addresses", json!({})).expect("addresses");
    assert!(addresses.as_array().is_some_and(|a| a
        .iter()
        .any(|a| a["ip"] == "127.0.0.1" && a["loopback"] == true)));
    let session = app
        .invoke(
            "open_phones",
            json!({"workshopId": id, "address": "127.0.0.1"}),
        )
        .expect("the phones start");
    let base = session["invite"]["address"]
        .as_str()
        .expect("an address")
        .to_owned();
    let presenter =
        tauri::WebviewWindowBuilder::new(app.window.app_handle(), "presenter", Default::default())
            .build()
            .expect("the presenter window");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(screen["invite"]["address"], base.as_str());
    assert_eq!(screen["invite"]["size"], "large");
    assert!(screen["invite"]["qrSvg"]
        .as_str()
        .is_some_and(|s| s.starts_with("<?xml") || s.starts_with("<svg")));

    // The facilitator is on the practice; a phone joins, claims, votes.
    let focus = json!({"kind": "practice", "workshopId": id, "practiceId": practice, "question": "current"});
    app.invoke("present", json!({"focus": focus}))
        .expect("present");
    let client = reqwest::blocking::Client::new();
    let secret = session["invite"]["url"]
        .as_str()
        .and_then(|u| u.split_once('#'))
        .map(|(_, s)| s.to_owned())
        .expect("a secret");
    let (status, joined) = phone_call(&client, &base, "", "/api/join", json!({"secret": secret}));
    assert_eq!(status, 200, "{joined}");
    let token = joined["token"].as_str().expect("a token").to_owned();
    let (status, view) = phone_call(
        &client,
        &base,
        &token,
        "/api/claim",
        json!({"participantId": person}),
    );
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["practice"]["practiceId"], practice);
    let round = view["round"].clone();
    let (status, voted) = phone_call(
        &client,
        &base,
        &token,
        "/api/vote",
        json!({"round": round, "choice": {"kind": "level", "level": 2}}),
    );
    assert_eq!(status, 200, "{voted}");

    let w = app.invoke("get_workshop", json!({"id": id})).expect("read");
    let rounds = w["assessment"]["practices"]
        .as_array()
        .and_then(|all| all.iter().find(|p| p["practiceId"] == practice))
        .map(|p| p["rounds"].clone())
        .expect("the practice");
    assert_eq!(
        rounds[0]["votes"],
        json!([{"participantId": person, "level": 2}]),
        "the phone's vote is in the store's round 1"
    );
    let roster = app
        .invoke("release_phone", json!({"participantId": person}))
        .expect("released");
    assert_eq!(roster["held"], json!([]));

    // The presenter window may not start or stop the phones.
    let refused = invoke_in(
        &presenter,
        "open_phones",
        json!({"workshopId": id, "address": "127.0.0.1"}),
    )
    .expect_err("not granted");
    assert!(refused.to_string().contains("not allowed"), "{refused}");

    app.invoke("close_phones", json!({})).expect("stopped");
    let screen = invoke_in(&presenter, "room_screen", json!({})).expect("the screen");
    assert_eq!(screen["invite"], Value::Null);
    assert!(
        client.get(format!("{base}/api/view")).send().is_err(),
        "nothing answers once the phones are stopped"
    );
}
