//! The main window's menu bar, declared once in [`MenuCommand`]: each
//! command's menu, label, accelerator and when it can act; the shell carries
//! out what concerns windows and folders (`carry_out`), the page the rest.
//! The page says what it shows ([`MenuContext`], through `menu_context`) and
//! the items that cannot act are greyed out.
//!
//! Accelerators are GTK's on Linux, which see a key before the page does: a
//! key the page also answers to (F5, Ctrl+Z) reaches the page as a menu
//! command instead, and Undo inside a text field is handed back to the
//! field's own undo (`edit_in_field`). Cut, Copy, Paste and Select all are
//! the platform's own items and act on whatever has the focus.

use serde::{Deserialize, Serialize};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

use crate::page_events::{self, PageEvent};
use crate::{AppError, AppState, Zoom};

/// The menus of the bar, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopMenu {
    /// File.
    File,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Help.
    Help,
}

impl TopMenu {
    const ALL: [TopMenu; 4] = [TopMenu::File, TopMenu::Edit, TopMenu::View, TopMenu::Help];

    fn label(self) -> &'static str {
        match self {
            TopMenu::File => "&File",
            TopMenu::Edit => "&Edit",
            TopMenu::View => "&View",
            TopMenu::Help => "&Help",
        }
    }
}

/// Every command of the menu bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum MenuCommand {
    /// File › New workshop…
    NewWorkshop,
    /// File › Import workshop file…
    ImportWorkshopFile,
    /// File › Export workshop file…
    ExportWorkshopFile,
    /// File › Export documents…
    ExportDocuments,
    /// File › Quit.
    Quit,
    /// Edit › Undo.
    Undo,
    /// Edit › Redo.
    Redo,
    /// View › Present.
    Present,
    /// View › Zoom in.
    ZoomIn,
    /// View › Zoom out.
    ZoomOut,
    /// View › Actual size.
    ZoomReset,
    /// View › Full screen.
    FullScreen,
    /// Help › Keyboard shortcuts.
    KeyboardShortcuts,
    /// Help › Open data folder.
    OpenDataFolder,
    /// Help › About SMO Workbench.
    About,
}

/// What the page shows, for deciding which commands can act.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MenuContext {
    /// A workshop is open (not the home list).
    pub workshop_open: bool,
    /// The open workshop has a change to undo.
    pub can_undo: bool,
    /// The open workshop has a change to redo.
    pub can_redo: bool,
}

/// What the shell knows besides the page's context.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShellContext {
    /// The database can be written (open, and not a newer version's).
    pub writable: bool,
    /// The zoom now.
    pub zoom: Zoom,
}

impl MenuCommand {
    /// Every command, in menu order.
    pub const ALL: [MenuCommand; 15] = [
        MenuCommand::NewWorkshop,
        MenuCommand::ImportWorkshopFile,
        MenuCommand::ExportWorkshopFile,
        MenuCommand::ExportDocuments,
        MenuCommand::Quit,
        MenuCommand::Undo,
        MenuCommand::Redo,
        MenuCommand::Present,
        MenuCommand::ZoomIn,
        MenuCommand::ZoomOut,
        MenuCommand::ZoomReset,
        MenuCommand::FullScreen,
        MenuCommand::KeyboardShortcuts,
        MenuCommand::OpenDataFolder,
        MenuCommand::About,
    ];

    /// The menu item's id (the serde name).
    pub fn id(self) -> &'static str {
        match self {
            MenuCommand::NewWorkshop => "newWorkshop",
            MenuCommand::ImportWorkshopFile => "importWorkshopFile",
            MenuCommand::ExportWorkshopFile => "exportWorkshopFile",
            MenuCommand::ExportDocuments => "exportDocuments",
            MenuCommand::Quit => "quit",
            MenuCommand::Undo => "undo",
            MenuCommand::Redo => "redo",
            MenuCommand::Present => "present",
            MenuCommand::ZoomIn => "zoomIn",
            MenuCommand::ZoomOut => "zoomOut",
            MenuCommand::ZoomReset => "zoomReset",
            MenuCommand::FullScreen => "fullScreen",
            MenuCommand::KeyboardShortcuts => "keyboardShortcuts",
            MenuCommand::OpenDataFolder => "openDataFolder",
            MenuCommand::About => "about",
        }
    }

    /// The command with menu item id `id`.
    pub fn from_id(id: &str) -> Option<MenuCommand> {
        MenuCommand::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The menu it is in.
    pub fn menu(self) -> TopMenu {
        match self {
            MenuCommand::NewWorkshop
            | MenuCommand::ImportWorkshopFile
            | MenuCommand::ExportWorkshopFile
            | MenuCommand::ExportDocuments
            | MenuCommand::Quit => TopMenu::File,
            MenuCommand::Undo | MenuCommand::Redo => TopMenu::Edit,
            MenuCommand::Present
            | MenuCommand::ZoomIn
            | MenuCommand::ZoomOut
            | MenuCommand::ZoomReset
            | MenuCommand::FullScreen => TopMenu::View,
            MenuCommand::KeyboardShortcuts | MenuCommand::OpenDataFolder | MenuCommand::About => {
                TopMenu::Help
            }
        }
    }

    /// Its label (`&` marks the mnemonic).
    pub fn label(self) -> &'static str {
        match self {
            MenuCommand::NewWorkshop => "&New workshop…",
            MenuCommand::ImportWorkshopFile => "&Import workshop file…",
            MenuCommand::ExportWorkshopFile => "&Export workshop file…",
            MenuCommand::ExportDocuments => "Export &documents…",
            MenuCommand::Quit => "&Quit",
            MenuCommand::Undo => "&Undo",
            MenuCommand::Redo => "&Redo",
            MenuCommand::Present => "&Present",
            MenuCommand::ZoomIn => "Zoom &in",
            MenuCommand::ZoomOut => "Zoom &out",
            MenuCommand::ZoomReset => "&Actual size",
            MenuCommand::FullScreen => "&Full screen",
            MenuCommand::KeyboardShortcuts => "&Keyboard shortcuts",
            MenuCommand::OpenDataFolder => "Open &data folder",
            MenuCommand::About => "&About SMO Workbench",
        }
    }

    /// Its accelerator, in the platform's conventions (`CmdOrCtrl` is ⌘ on
    /// macOS, Ctrl elsewhere).
    pub fn accelerator(self) -> Option<&'static str> {
        match self {
            MenuCommand::NewWorkshop => Some("CmdOrCtrl+N"),
            MenuCommand::ImportWorkshopFile => Some("CmdOrCtrl+O"),
            MenuCommand::ExportWorkshopFile => Some("CmdOrCtrl+Shift+S"),
            MenuCommand::ExportDocuments => Some("CmdOrCtrl+E"),
            MenuCommand::Quit => Some("CmdOrCtrl+Q"),
            MenuCommand::Undo => Some("CmdOrCtrl+Z"),
            MenuCommand::Redo => Some("CmdOrCtrl+Shift+Z"),
            MenuCommand::Present => Some("F5"),
            MenuCommand::ZoomIn => Some("CmdOrCtrl+="),
            MenuCommand::ZoomOut => Some("CmdOrCtrl+-"),
            MenuCommand::ZoomReset => Some("CmdOrCtrl+0"),
            MenuCommand::FullScreen => Some(if cfg!(target_os = "macos") {
                "Ctrl+Cmd+F"
            } else {
                "F11"
            }),
            MenuCommand::KeyboardShortcuts => Some("F1"),
            MenuCommand::OpenDataFolder | MenuCommand::About => None,
        }
    }

    /// The accelerator as the Keyboard shortcuts list writes it ("" without one).
    pub fn shortcut(self) -> String {
        self.accelerator()
            .map_or_else(String::new, |a| a.replace("CmdOrCtrl", "Ctrl"))
    }

    /// Its label without the mnemonic mark.
    pub fn title(self) -> String {
        self.label().replacen('&', "", 1)
    }

    /// Whether it can act now.
    pub fn enabled(self, page: MenuContext, shell: ShellContext) -> bool {
        let zoom = shell.zoom.factor();
        match self {
            MenuCommand::NewWorkshop | MenuCommand::ImportWorkshopFile => shell.writable,
            MenuCommand::ExportWorkshopFile
            | MenuCommand::ExportDocuments
            | MenuCommand::Present => page.workshop_open,
            MenuCommand::Undo => page.workshop_open && page.can_undo && shell.writable,
            MenuCommand::Redo => page.workshop_open && page.can_redo && shell.writable,
            MenuCommand::ZoomIn => zoom < Zoom::MAX.factor(),
            MenuCommand::ZoomOut => zoom > Zoom::MIN.factor(),
            MenuCommand::ZoomReset => shell.zoom != Zoom::ACTUAL_SIZE,
            MenuCommand::Quit
            | MenuCommand::FullScreen
            | MenuCommand::KeyboardShortcuts
            | MenuCommand::OpenDataFolder
            | MenuCommand::About => true,
        }
    }
}

/// The bar's items, kept to grey them out and back.
pub struct MenuBar<R: Runtime> {
    items: Vec<(MenuCommand, MenuItem<R>)>,
    page: std::sync::Mutex<MenuContext>,
}

impl<R: Runtime> MenuBar<R> {
    /// Builds the bar (every item greyed out as for the home list).
    pub fn build(app: &AppHandle<R>, shell: ShellContext) -> tauri::Result<(Menu<R>, MenuBar<R>)> {
        let page = MenuContext::default();
        let mut items = Vec::new();
        let menu = Menu::new(app)?;
        for top in TopMenu::ALL {
            let submenu = Submenu::new(app, top.label(), true)?;
            let mut last = None;
            for command in MenuCommand::ALL.into_iter().filter(|c| c.menu() == top) {
                if starts_group(last, command) {
                    submenu.append(&PredefinedMenuItem::separator(app)?)?;
                }
                let item = MenuItem::with_id(
                    app,
                    command.id(),
                    command.label(),
                    command.enabled(page, shell),
                    command.accelerator(),
                )?;
                submenu.append(&item)?;
                items.push((command, item));
                last = Some(command);
            }
            if top == TopMenu::Edit {
                submenu.append(&PredefinedMenuItem::separator(app)?)?;
                submenu.append(&PredefinedMenuItem::cut(app, Some("Cu&t"))?)?;
                submenu.append(&PredefinedMenuItem::copy(app, Some("&Copy"))?)?;
                submenu.append(&PredefinedMenuItem::paste(app, Some("&Paste"))?)?;
                submenu.append(&PredefinedMenuItem::select_all(app, Some("Select &all"))?)?;
            }
            menu.append(&submenu)?;
        }
        Ok((
            menu,
            MenuBar {
                items,
                page: std::sync::Mutex::new(page),
            },
        ))
    }

    /// Greys out what cannot act in `page` (the page's context; `None`
    /// keeps the last one) and `shell`.
    pub fn update(&self, page: Option<MenuContext>, shell: ShellContext) -> tauri::Result<()> {
        let page = {
            let mut last = self
                .page
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(page) = page {
                *last = page;
            }
            *last
        };
        for (command, item) in &self.items {
            item.set_enabled(command.enabled(page, shell))?;
        }
        Ok(())
    }

    /// Whether `command`'s item is enabled now.
    #[cfg(test)]
    pub fn is_enabled(&self, command: MenuCommand) -> tauri::Result<bool> {
        self.items
            .iter()
            .find(|(c, _)| *c == command)
            .map_or(Ok(false), |(_, item)| item.is_enabled())
    }
}

/// Separators go before Quit, before Export…, between zooms and the rest,
/// and before About.
fn starts_group(last: Option<MenuCommand>, next: MenuCommand) -> bool {
    last.is_some()
        && matches!(
            next,
            MenuCommand::ExportWorkshopFile
                | MenuCommand::Quit
                | MenuCommand::ZoomIn
                | MenuCommand::FullScreen
                | MenuCommand::About
        )
}

/// The shell's side of the context, read from the app's state.
pub(crate) fn shell_context(state: &AppState) -> ShellContext {
    let status = state.status();
    ShellContext {
        writable: status.error.is_none() && status.read_only.is_none(),
        zoom: state.preferences().get().zoom,
    }
}

/// Puts the bar on the main window and routes its commands.
pub(crate) fn install<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    let app = window.app_handle();
    let (menu, bar) = MenuBar::build(app, shell_context(&app.state::<AppState>()))?;
    #[cfg(target_os = "macos")]
    app.set_menu(menu)?;
    #[cfg(not(target_os = "macos"))]
    window.set_menu(menu)?;
    app.manage(bar);
    let target = window.clone();
    window.on_menu_event(move |_, event| {
        if let Some(command) = MenuCommand::from_id(event.id().as_ref()) {
            if let Err(e) = carry_out(&target, command) {
                eprintln!("smo-workbench: {}: {}", command.id(), e.message);
            }
        }
    });
    Ok(())
}

/// The shell carries out what concerns windows and folders; the page the rest.
fn carry_out<R: Runtime>(window: &WebviewWindow<R>, command: MenuCommand) -> Result<(), AppError> {
    let failed = |e: tauri::Error| AppError::internal(format!("{e}"));
    match command {
        MenuCommand::Quit => window.close().map_err(failed),
        MenuCommand::FullScreen => {
            let now = window.is_fullscreen().map_err(failed)?;
            window.set_fullscreen(!now).map_err(failed)
        }
        MenuCommand::OpenDataFolder => {
            let dir = window.state::<AppState>().data_dir()?;
            crate::export::open_in_viewer(dir.root())
        }
        _ => {
            page_events::send(window, window.label(), PageEvent::Menu(command));
            Ok(())
        }
    }
}

/// An edit a text field does itself: Undo and Redo in the menu reach the
/// page as menu commands (GTK sees the keys first), and the page hands them
/// back here when the focus is in a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum FieldEdit {
    /// The field's own undo.
    Undo,
    /// The field's own redo.
    Redo,
}

/// Has the focused text field undo or redo its own typing.
#[tauri::command]
pub(crate) fn edit_in_field<R: Runtime>(
    window: WebviewWindow<R>,
    edit: FieldEdit,
) -> Result<(), AppError> {
    #[cfg(target_os = "linux")]
    {
        window
            .with_webview(move |webview| {
                use webkit2gtk::WebViewExt;
                webview.inner().execute_editing_command(match edit {
                    FieldEdit::Undo => "Undo",
                    FieldEdit::Redo => "Redo",
                });
            })
            .map_err(|e| AppError::internal(format!("Cannot edit the field: {e}")))
    }
    #[cfg(not(target_os = "linux"))]
    {
        // Elsewhere the menu's keys reach the field first.
        let _ = (window, edit);
        Ok(())
    }
}

/// Greys out the menu items that cannot act on what the page now shows.
#[tauri::command]
pub(crate) fn menu_context<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    context: MenuContext,
) -> Result<(), AppError> {
    if let Some(bar) = app.try_state::<MenuBar<R>>() {
        bar.update(Some(context), shell_context(&state))
            .map_err(|e| AppError::internal(format!("Cannot update the menu: {e}")))?;
    }
    Ok(())
}

/// Re-greys the bar after the shell's side changed (the zoom).
pub(crate) fn refresh<R: Runtime>(app: &AppHandle<R>) {
    if let Some(bar) = app.try_state::<MenuBar<R>>() {
        if let Err(e) = bar.update(None, shell_context(&app.state::<AppState>())) {
            eprintln!("smo-workbench: cannot update the menu: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(zoom: f64) -> ShellContext {
        ShellContext {
            writable: true,
            zoom: Zoom::try_from(zoom).expect("in range"),
        }
    }

    #[test]
    fn ids_are_unique_and_read_back() {
        for command in MenuCommand::ALL {
            assert_eq!(MenuCommand::from_id(command.id()), Some(command));
            assert_eq!(
                serde_json::to_value(command).expect("serialises"),
                serde_json::Value::String(command.id().to_owned()),
                "the id is the name the page hears"
            );
        }
        let mut accelerators: Vec<_> = MenuCommand::ALL
            .iter()
            .filter_map(|c| c.accelerator())
            .collect();
        let all = accelerators.len();
        accelerators.sort_unstable();
        accelerators.dedup();
        assert_eq!(accelerators.len(), all, "no accelerator is used twice");
    }

    #[test]
    fn what_cannot_act_is_greyed_out() {
        let home = MenuContext::default();
        let open = MenuContext {
            workshop_open: true,
            can_undo: true,
            can_redo: false,
        };
        let enabled = |page, shell| {
            MenuCommand::ALL
                .into_iter()
                .filter(|c| c.enabled(page, shell))
                .collect::<Vec<_>>()
        };
        let at_home = enabled(home, shell(1.0));
        for command in [
            MenuCommand::ExportWorkshopFile,
            MenuCommand::ExportDocuments,
            MenuCommand::Present,
            MenuCommand::Undo,
            MenuCommand::Redo,
            MenuCommand::ZoomReset,
        ] {
            assert!(!at_home.contains(&command), "{command:?} at home");
        }
        assert!(at_home.contains(&MenuCommand::NewWorkshop));
        let in_workshop = enabled(open, shell(1.0));
        assert!(in_workshop.contains(&MenuCommand::Undo));
        assert!(!in_workshop.contains(&MenuCommand::Redo));
        assert!(in_workshop.contains(&MenuCommand::Present));

        // The ends of the zoom.
        assert!(!MenuCommand::ZoomIn.enabled(home, shell(3.0)));
        assert!(!MenuCommand::ZoomOut.enabled(home, shell(0.5)));
        assert!(MenuCommand::ZoomReset.enabled(home, shell(1.5)));

        // A database only read (a newer version's) cannot be changed from the menu.
        let read_only = ShellContext {
            writable: false,
            ..shell(1.0)
        };
        assert!(!MenuCommand::NewWorkshop.enabled(open, read_only));
        assert!(!MenuCommand::Undo.enabled(open, read_only));
        assert!(MenuCommand::ExportDocuments.enabled(open, read_only));
    }

    #[test]
    fn the_bar_greys_its_items_as_the_page_changes() {
        let app = tauri::test::mock_app();
        let (_, bar) = MenuBar::build(app.handle(), shell(1.0)).expect("built");
        assert!(!bar.is_enabled(MenuCommand::Undo).expect("read"));
        assert!(bar.is_enabled(MenuCommand::About).expect("read"));
        bar.update(
            Some(MenuContext {
                workshop_open: true,
                can_undo: true,
                can_redo: true,
            }),
            shell(1.0),
        )
        .expect("updated");
        assert!(bar.is_enabled(MenuCommand::Undo).expect("read"));
        assert!(bar.is_enabled(MenuCommand::ExportDocuments).expect("read"));
        // The shell's side alone: the page's context is kept.
        bar.update(None, shell(3.0)).expect("updated");
        assert!(bar.is_enabled(MenuCommand::Redo).expect("read"));
        assert!(!bar.is_enabled(MenuCommand::ZoomIn).expect("read"));
    }
}
