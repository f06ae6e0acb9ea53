"""The configuration the API and the store read, from the environment (and a .env file)
by pydantic-settings. The command line adds its own settings (stratgraph.settings)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from graph.factory import StoreConfig
    from ingest.readers.address_policy import AddressPolicy


def _default_data_dir() -> Path:
    return Path(user_data_dir("stratgraph", appauthor=False))


class ApiSettings(BaseSettings):
    """The settings of the HTTP app and the store; the README's configuration table
    mirrors this class and stratgraph.settings.Settings."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        validation_alias="STRATGRAPH_DATA_DIR",
        description="Where the embedded store (and a local Neo4j's files) live.",
    )
    neo4j_uri: str | None = Field(
        default=None,
        validation_alias="NEO4J_URI",
        description="Bolt URI of a Neo4j server; when set, Neo4j is the store.",
    )
    neo4j_username: str = Field(default="neo4j", validation_alias="NEO4J_USERNAME")
    neo4j_password: SecretStr | None = Field(default=None, validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", validation_alias="NEO4J_DATABASE")
    introspection: bool = Field(
        default=True,
        validation_alias="STRATGRAPH_INTROSPECTION",
        description="Whether the GraphQL schema can be introspected (GraphiQL needs it).",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        validation_alias="STRATGRAPH_CORS_ORIGINS",
        description='Origins allowed to call the API from a browser, as JSON: ["https://x.se"].',
    )
    max_query_depth: int = Field(default=10, ge=1, validation_alias="STRATGRAPH_MAX_QUERY_DEPTH")
    max_aliases: int = Field(default=15, ge=0, validation_alias="STRATGRAPH_MAX_ALIASES")
    max_tokens: int = Field(default=2000, ge=10, validation_alias="STRATGRAPH_MAX_TOKENS")
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias="STRATGRAPH_API_KEY",
        description="Key a client sends in the X-API-Key header to use the ingest "
        "mutations; without it they are off.",
    )
    max_upload_bytes: int = Field(
        default=50 * 1024 * 1024,
        ge=1,
        validation_alias="STRATGRAPH_MAX_UPLOAD_BYTES",
        description="Largest file the ingestFile mutation accepts.",
    )
    max_body_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        validation_alias="STRATGRAPH_MAX_BODY_BYTES",
        description="Largest request body; a multipart upload may carry max_upload_bytes more.",
    )
    max_query_cost: int = Field(
        default=50000,
        ge=1,
        validation_alias="STRATGRAPH_MAX_QUERY_COST",
        description="Estimated fields a query may resolve (see schema/cost.py).",
    )
    fetch_allow: list[str] = Field(
        default_factory=list,
        validation_alias="STRATGRAPH_FETCH_ALLOW",
        description="Hosts and networks URL ingest may fetch besides public addresses, "
        'as JSON: ["intranat.kommun.se", "10.20.0.0/16"].',
    )
    store_timeout: float = Field(
        default=1.5,
        gt=0,
        le=300,
        validation_alias="STRATGRAPH_STORE_TIMEOUT",
        description="Seconds an API request waits for the store before it answers "
        "STORE_UNAVAILABLE; also the Neo4j read transaction timeout (a lineage and an "
        "organisation page's fields may take graph.neo4j_store.PLANNING_TIMEOUT, as Neo4j "
        "replans them), from which the driver's connection and retry timeouts are derived.",
    )
    restrictions_ttl: float = Field(
        default=1.0,
        ge=0,
        le=60,
        validation_alias="STRATGRAPH_RESTRICTIONS_TTL",
        description="Seconds a Neo4j server process reuses the list of restricted people "
        "before reading it again (0: read it for every request). A restriction made "
        "through the process applies at once; one made by another process (another "
        "worker, the command line) within this time.",
    )

    ingest_timeout: float = Field(
        default=120.0,
        gt=0,
        le=3600,
        validation_alias="STRATGRAPH_INGEST_TIMEOUT",
        description="Seconds an ingestUrl or ingestFile request may take; past it the "
        "request answers INGEST_TIMEOUT and the source in progress is not written.",
    )

    @field_validator("fetch_allow")
    @classmethod
    def _allow_entries(cls, entries: list[str]) -> list[str]:
        from ingest.readers.address_policy import AddressPolicy

        AddressPolicy.allowing(entries)  # raises ValueError naming a bad entry
        return entries

    @model_validator(mode="after")
    def _password_with_uri(self) -> ApiSettings:
        if self.neo4j_uri and self.neo4j_password is None:
            raise ValueError("NEO4J_URI is set but NEO4J_PASSWORD is not")
        return self

    def fetch_policy(self, *, any_address: bool = False) -> AddressPolicy:
        """The address policy of URL ingest: public addresses, plus STRATGRAPH_FETCH_ALLOW."""
        from ingest.readers.address_policy import AddressPolicy

        return AddressPolicy.allowing(self.fetch_allow, any_address=any_address)

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "stratgraph.sqlite3"

    def store_config(self) -> StoreConfig:
        """What graph.factory.open_store needs: Neo4j when NEO4J_URI is set, else the
        embedded store in the data directory."""
        from graph.factory import StoreConfig  # the store drivers load when a store opens

        password = self.neo4j_password.get_secret_value() if self.neo4j_password else ""
        return StoreConfig(
            sqlite_path=self.sqlite_path,
            neo4j_uri=self.neo4j_uri,
            neo4j_username=self.neo4j_username,
            neo4j_password=password,
            neo4j_database=self.neo4j_database,
            timeout=self.store_timeout,
            restrictions_ttl=self.restrictions_ttl,
        )
