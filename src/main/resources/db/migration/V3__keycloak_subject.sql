-- Keycloak logins: the Keycloak user (the stable "sub" of their tokens) an account was linked to
-- on that user's first login. Set once, never changed by a login (docs/decisions/0005).
alter table user_account add column oidc_subject varchar(255);
alter table user_account add constraint uk_account_oidc_subject unique (oidc_subject);
