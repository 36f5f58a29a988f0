-- Personal access tokens for /api (issue #23): a token stands for one user and carries exactly that user's role
-- and region; only a SHA-256 hash of the secret is kept, so a copy of the database does not yield usable tokens.
create table api_token (
    id          bigserial primary key,
    username    text not null references app_user (username),
    name        text not null,
    token_hash  text not null unique,
    hint        text not null,
    created_at  timestamp not null default now(),
    created_by  text not null,
    expires_at  timestamp,
    last_used_at timestamp,
    revoked_at  timestamp
);
create index api_token_user on api_token (username);
comment on table api_token is 'Personal access tokens for the REST API: hashed secrets, revocable, scoped like their user';
