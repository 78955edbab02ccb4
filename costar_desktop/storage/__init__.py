"""The ``.costar`` workshop file: schema, migrations and the one place that talks SQL.

Never imports Qt. Everything goes through :class:`WorkshopFile`.
"""

from costar_desktop.storage.checks import inspect_file
from costar_desktop.storage.errors import (
    AlreadyOpen,
    FileDamaged,
    ForeignFile,
    NewerVersion,
    NotARegularFile,
    NotAWorkshopFile,
    SaveFailed,
    StorageError,
)
from costar_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from costar_desktop.storage.workshop_file import WorkshopFile

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "AlreadyOpen",
    "FileDamaged",
    "ForeignFile",
    "NewerVersion",
    "NotARegularFile",
    "NotAWorkshopFile",
    "SaveFailed",
    "StorageError",
    "WorkshopFile",
    "inspect_file",
]
