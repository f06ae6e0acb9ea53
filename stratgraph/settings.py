"""The command line's configuration: the API's and the store's (schema.settings), and
where `stratgraph serve` listens."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from schema.settings import ApiSettings


class Settings(ApiSettings):
    """Every setting; the README's configuration table mirrors this class."""

    host: str = Field(default="127.0.0.1", validation_alias="STRATGRAPH_HOST")
    port: int = Field(default=8000, ge=1, le=65535, validation_alias="STRATGRAPH_PORT")
    workers: int = Field(
        default=1,
        ge=1,
        le=64,
        validation_alias="STRATGRAPH_WORKERS",
        description="Server processes for `stratgraph serve`; each opens its own store.",
    )

    @property
    def local_neo4j_home(self) -> Path:
        return self.data_dir / "neo4j"
