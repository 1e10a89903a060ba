-- The SQL floor of one application (docs/performance.md, "The floor under submit-and-process"): what the
-- database must do for an application to be submitted by the citizen, approved by the desa and approved and
-- issued by the kecamatan, and nothing else: three transactions, because each of the three decisions is a
-- person's and must be durable before that person is told it was taken. Every write the product makes
-- (the application, its timeline, the notification, the recaps, the letter number, the issued document and
-- the audit chain) is here, each as few statements as SQL allows; the reads (catalogue, workflow, units,
-- holidays, sign-in) and all the work outside the database (HTTP, PDF, signature) are left out. So the app can
-- never complete more applications per second than pgbench runs this script, on the same server and clients.
--
-- Run by bench/public-services.sh on the benchmark's database, with -D tenant=… -D service=… -D version=…
-- -D template=… -D certificate=… (an issuing unit's certificate) and a table bench_floor_blob holding one 45 kB document (the size of the issued PDFs).
\set village random(1, 217)
\set year 2099
-- 1. The citizen submits: number, application, timeline, notification, recaps, audit chain.
BEGIN;
INSERT INTO "PublicServicesApplicationNumbers" ("TenantId", "Year", "Last") VALUES (':tenant', :year, 1)
  ON CONFLICT ("TenantId", "Year") DO UPDATE SET "Last" = "PublicServicesApplicationNumbers"."Last" + 1 RETURNING "Last" AS serial \gset
INSERT INTO "PublicServicesApplications" ("Id", "TenantId", "Number", "ServiceId", "WorkflowVersionId", "ApplicantNik", "ApplicantName",
  "ApplicantUserId", "Channel", "VillageCode", "Status", "CurrentStep", "StepDueOn", "SubmittedAt", "AnswersJson", "Revision")
  VALUES (gen_random_uuid(), ':tenant', 'LYN-:year-' || lpad(':serial', 6, '0'), ':service', ':version', '3510150101900001', 'Warga Floor',
  'floor', 'Online', '35.10.15.20' || lpad(':village', 2, '0'), 'Submitted', 1, current_date + 3, now(), '{}', 1) RETURNING "Id" AS app \gset
INSERT INTO "PublicServicesApplicationEvents" ("Id", "TenantId", "ApplicationId", "At", "Action", "StepOrder", "ActorUserId", "ActorName")
  VALUES (gen_random_uuid(), ':tenant', ':app', now(), 'Submitted', 1, 'floor', 'Warga Floor');
INSERT INTO "OutboxMessages" ("TenantId", "Channel", "Recipient", "Subject", "Body", "CreatedAt", "NextAttemptAt", "Attempts")
  VALUES (':tenant', 'Email', 'warga@example.org', 'Permohonan diterima', 'Permohonan Anda diterima.', now(), now(), 0);
INSERT INTO "PublicServicesDailyRecaps" VALUES (':tenant', current_date, ':service', '35.10.15.2001', 'Open', 0, 1)
  ON CONFLICT ("TenantId", "Day", "ServiceId", "VillageCode", "Outcome", "WorkingDays") DO UPDATE SET "Applications" = "PublicServicesDailyRecaps"."Applications" + 1;
INSERT INTO "PublicServicesMonthlyRecaps" VALUES (':tenant', date_trunc('month', current_date), ':service', '35.10.15.2001', 'Open', 0, 1)
  ON CONFLICT ("TenantId", "Month", "ServiceId", "VillageCode", "Outcome", "WorkingDays") DO UPDATE SET "Applications" = "PublicServicesMonthlyRecaps"."Applications" + 1;
SELECT pg_advisory_xact_lock(7726643);
INSERT INTO "AuditRecords" ("TenantId", "Sequence", "OccurredAt", "ActorName", "Action", "Subject", "SubjectId", "After", "PreviousHash", "Hash")
  SELECT ':tenant', head."Sequence" + n, now(), 'Warga Floor', 'Created', 'Application', ':app', '{"Status":"Submitted"}', head."Hash",
  encode(sha256(convert_to(head."Hash" || n, 'UTF8')), 'hex')
  FROM (SELECT "Sequence", "Hash" FROM "AuditRecords" WHERE "TenantId" = ':tenant' ORDER BY "Sequence" DESC LIMIT 1) head, generate_series(1, 2) n;
COMMIT;
-- 2. The desa approves: the step moves on, timeline, notification, audit chain.
BEGIN;
UPDATE "PublicServicesApplications" SET "Status" = 'InProgress', "CurrentStep" = 2, "StepDueOn" = current_date + 5, "Revision" = "Revision" + 1 WHERE "Id" = ':app';
INSERT INTO "PublicServicesApplicationEvents" ("Id", "TenantId", "ApplicationId", "At", "Action", "StepOrder", "ActorUserId", "ActorName")
  VALUES (gen_random_uuid(), ':tenant', ':app', now(), 'Approved', 1, 'floor-desa', 'Operator Desa');
INSERT INTO "OutboxMessages" ("TenantId", "Channel", "Recipient", "Subject", "Body", "CreatedAt", "NextAttemptAt", "Attempts")
  VALUES (':tenant', 'Email', 'warga@example.org', 'Permohonan diproses', 'Permohonan Anda diverifikasi desa.', now(), now(), 0);
SELECT pg_advisory_xact_lock(7726643);
INSERT INTO "AuditRecords" ("TenantId", "Sequence", "OccurredAt", "ActorName", "Action", "Subject", "SubjectId", "After", "PreviousHash", "Hash")
  SELECT ':tenant', head."Sequence" + n, now(), 'Operator Desa', 'Updated', 'Application', ':app', '{"Status":"InProgress"}', head."Hash",
  encode(sha256(convert_to(head."Hash" || n, 'UTF8')), 'hex')
  FROM (SELECT "Sequence", "Hash" FROM "AuditRecords" WHERE "TenantId" = ':tenant' ORDER BY "Sequence" DESC LIMIT 1) head, generate_series(1, 2) n;
COMMIT;
-- 3. The kecamatan approves: completed, letter number, the issued document, timeline, notification, recaps, audit chain.
BEGIN;
UPDATE "PublicServicesResultTemplates" SET "LastSequence" = "LastSequence" + 1 WHERE "Id" = ':template' RETURNING "LastSequence" AS letter \gset
INSERT INTO "IssuedDocuments" ("Id", "TenantId", "Kind", "Number", "Title", "IssuerUnitCode", "IssuerName", "SignerName", "CertificateId", "IssuedAt", "IssuedBy",
  "Sha256", "Content", "Length", "VerificationCode", "Status")
  SELECT gen_random_uuid(), ':tenant', 'layanan.bench-submit', '470/' || ':letter' || '/35.10.15/2099', 'Surat Keterangan', '35.10.15', 'Kecamatan',
  'Camat', ':certificate', now(), 'floor-kecamatan', repeat('0', 64), blob, length(blob), md5(':app'), 'Valid'
  FROM bench_floor_blob RETURNING "Id" AS document \gset
UPDATE "PublicServicesApplications" SET "Status" = 'Completed', "CompletedAt" = now(), "StepDueOn" = NULL, "DocumentId" = ':document',
  "Revision" = "Revision" + 1 WHERE "Id" = ':app';
INSERT INTO "PublicServicesApplicationEvents" ("Id", "TenantId", "ApplicationId", "At", "Action", "StepOrder", "ActorUserId", "ActorName")
  VALUES (gen_random_uuid(), ':tenant', ':app', now(), 'Approved', 2, 'floor-kecamatan', 'Operator Kecamatan'),
  (gen_random_uuid(), ':tenant', ':app', now(), 'Completed', 2, 'floor-kecamatan', 'Operator Kecamatan'),
  (gen_random_uuid(), ':tenant', ':app', now(), 'DocumentIssued', 2, NULL, 'sistem');
INSERT INTO "OutboxMessages" ("TenantId", "Channel", "Recipient", "Subject", "Body", "CreatedAt", "NextAttemptAt", "Attempts")
  VALUES (':tenant', 'Email', 'warga@example.org', 'Permohonan selesai', 'Dokumen Anda telah terbit.', now(), now(), 0);
INSERT INTO "PublicServicesDailyRecaps" VALUES (':tenant', current_date, ':service', '35.10.15.2001', 'Completed', 0, 1)
  ON CONFLICT ("TenantId", "Day", "ServiceId", "VillageCode", "Outcome", "WorkingDays") DO UPDATE SET "Applications" = "PublicServicesDailyRecaps"."Applications" + 1;
INSERT INTO "PublicServicesMonthlyRecaps" VALUES (':tenant', date_trunc('month', current_date), ':service', '35.10.15.2001', 'Completed', 0, 1)
  ON CONFLICT ("TenantId", "Month", "ServiceId", "VillageCode", "Outcome", "WorkingDays") DO UPDATE SET "Applications" = "PublicServicesMonthlyRecaps"."Applications" + 1;
SELECT pg_advisory_xact_lock(7726643);
INSERT INTO "AuditRecords" ("TenantId", "Sequence", "OccurredAt", "ActorName", "Action", "Subject", "SubjectId", "After", "PreviousHash", "Hash")
  SELECT ':tenant', head."Sequence" + n, now(), 'Operator Kecamatan', 'Updated', 'Application', ':app', '{"Status":"Completed"}', head."Hash",
  encode(sha256(convert_to(head."Hash" || n, 'UTF8')), 'hex')
  FROM (SELECT "Sequence", "Hash" FROM "AuditRecords" WHERE "TenantId" = ':tenant' ORDER BY "Sequence" DESC LIMIT 1) head, generate_series(1, 4) n;
COMMIT;
