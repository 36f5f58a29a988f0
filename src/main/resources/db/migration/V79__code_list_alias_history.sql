-- Issue #23 review / "data users must change needs a place to change it": the spellings a province's files use for a
-- national code (aliases) are added and removed on a page, the CLI or REST; each change is kept here with who and when.
create table code_list_alias_change (
    id          bigserial primary key,
    dictionary  text not null,
    code        text not null,
    alias       text not null,
    added       boolean not null,
    year        int not null,
    changed_by  text not null,
    changed_at  timestamp not null default now()
);
comment on table code_list_alias_change is 'History of aliases added to or removed from code-list entries';
