//! The client's logo (`workshop_logo`), kept beside the workshop: not an
//! undo step and not in undo history; carried by workshop files.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use smo_core::logo::{Logo, LogoSize};
use smo_core::{Workshop, WorkshopId};

use super::{finish, Store};
use crate::codec::from_sql;
use crate::StoreError;

/// The logo's size, without reading the image.
pub(super) fn read_size(conn: &Connection, id: WorkshopId) -> Result<Option<LogoSize>, StoreError> {
    let row = conn
        .prepare_cached("SELECT width, height FROM workshop_logo WHERE workshop_id = ?1")?
        .query_row([id.to_string()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })
        .optional()?;
    row.map(|(w, h)| {
        Ok(LogoSize {
            width: from_sql(w, "workshop_logo.width")?,
            height: from_sql(h, "workshop_logo.height")?,
        })
    })
    .transpose()
}

/// The logo, checked again as it is read.
pub(super) fn read(conn: &Connection, id: WorkshopId) -> Result<Option<Logo>, StoreError> {
    let png: Option<Vec<u8>> = conn
        .prepare_cached("SELECT png FROM workshop_logo WHERE workshop_id = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?;
    png.map(|png| {
        Logo::from_png(png).map_err(|e| StoreError::Corrupt(format!("workshop_logo: {e}")))
    })
    .transpose()
}

/// Keeps `logo` for the workshop, or with `None` removes it.
pub(super) fn write(
    tx: &Transaction<'_>,
    id: WorkshopId,
    logo: Option<&Logo>,
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM workshop_logo WHERE workshop_id = ?1",
        [id.to_string()],
    )?;
    if let Some(logo) = logo {
        let size = logo.size();
        tx.execute(
            "INSERT INTO workshop_logo (workshop_id, png, width, height) VALUES (?1, ?2, ?3, ?4)",
            params![
                id.to_string(),
                logo.png(),
                i64::from(size.width),
                i64::from(size.height)
            ],
        )?;
    }
    Ok(())
}

/// Copies `from`'s logo to `to`.
pub(super) fn copy(
    tx: &Transaction<'_>,
    from: WorkshopId,
    to: WorkshopId,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO workshop_logo (workshop_id, png, width, height) \
         SELECT ?2, png, width, height FROM workshop_logo WHERE workshop_id = ?1",
        [from.to_string(), to.to_string()],
    )?;
    Ok(())
}

impl Store {
    /// The workshop's logo, if one is kept.
    pub fn logo(&self, id: WorkshopId) -> Result<Option<Logo>, StoreError> {
        read(&self.conn, id)
    }

    /// Keeps `logo` for the workshop's documents, or with `None` removes it.
    /// Not an undo step: like the exports, it is kept beside the workshop.
    pub fn set_logo(
        &mut self,
        id: WorkshopId,
        logo: Option<&Logo>,
    ) -> Result<Workshop, StoreError> {
        let tx = self.conn.transaction()?;
        super::require_workshop(&tx, id)?;
        write(&tx, id, logo)?;
        finish(tx, id)
    }
}
