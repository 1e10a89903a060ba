using Pamong.Platform.AuditTrail;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

public abstract class AuditVerifierTests(PamongApp app)
{
    [SkippableFact]
    public async Task An_untouched_chain_verifies()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);

        var result = await TestChains.VerifyAsync(app, tenant);

        Assert.True(result.Valid);
        Assert.Equal(7, result.Checked);
        Assert.Equal(7, result.LastSequence);
        Assert.Equal((await TestChains.RecordAt(app, tenant, 7)).Hash, result.LastHash);
    }

    [SkippableFact]
    public async Task A_tenant_without_records_has_a_valid_empty_chain()
    {
        app.SkipIfUnavailable();
        var result = await TestChains.VerifyAsync(app, TestChains.NewTenant());
        Assert.True(result.Valid);
        Assert.Equal(0, result.Checked);
        Assert.Equal(AuditChain.Genesis, result.LastHash);
    }

    [SkippableFact]
    public async Task A_field_changed_in_the_database_is_found_as_hash_mismatch()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var victim = await TestChains.RecordAt(app, tenant, 4);

        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "ActorName" = 'orang lain' WHERE "Id" = {victim.Id}""");
        var result = await TestChains.VerifyAsync(app, tenant);

        Assert.False(result.Valid);
        Assert.Equal(new ChainBreak(4, victim.Id, ChainProblem.HashMismatch, 4), result.FirstBroken);
        Assert.Equal("hash_mismatch", result.FirstBroken!.Code);
        Assert.Equal(3, result.LastSequence);
    }

    [SkippableFact]
    public async Task A_changed_before_value_is_found_even_when_only_one_character_differs()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var update = await TestChains.RecordAt(app, tenant, 7);
        Assert.Equal(AuditActions.Updated, update.Action);

        var forged = update.Before!.Replace("Dinas Komunikasi", "Dinas Komunikasj", StringComparison.Ordinal);
        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Before" = {forged} WHERE "Id" = {update.Id}""");

        Assert.Equal(ChainProblem.HashMismatch, (await TestChains.VerifyAsync(app, tenant)).FirstBroken?.Problem);
    }

    [SkippableFact]
    public async Task A_deleted_record_is_found_as_missing()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var deleted = await TestChains.RecordAt(app, tenant, 3);
        var next = await TestChains.RecordAt(app, tenant, 4);

        await TestChains.TamperAsync(app, $"""DELETE FROM "AuditRecords" WHERE "Id" = {deleted.Id}""");
        var result = await TestChains.VerifyAsync(app, tenant);

        Assert.Equal(new ChainBreak(4, next.Id, ChainProblem.MissingRecord, 3), result.FirstBroken);
        Assert.Equal("missing_record", result.FirstBroken!.Code);
    }

    [SkippableFact]
    public async Task A_deleted_first_record_is_found_as_missing()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var first = await TestChains.RecordAt(app, tenant, 1);

        await TestChains.TamperAsync(app, $"""DELETE FROM "AuditRecords" WHERE "Id" = {first.Id}""");

        var broken = (await TestChains.VerifyAsync(app, tenant)).FirstBroken;
        Assert.Equal((2L, ChainProblem.MissingRecord, 1L), (broken!.Sequence, broken.Problem, broken.ExpectedSequence));
    }

    [SkippableFact]
    public async Task A_deletion_hidden_by_renumbering_is_found_as_previous_hash_mismatch()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var deleted = await TestChains.RecordAt(app, tenant, 5);
        var moved = await TestChains.RecordAt(app, tenant, 6);

        await TestChains.TamperAsync(app, $"""DELETE FROM "AuditRecords" WHERE "Id" = {deleted.Id}""");
        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Sequence" = 5 WHERE "Id" = {moved.Id}""");
        var result = await TestChains.VerifyAsync(app, tenant);

        Assert.Equal(new ChainBreak(5, moved.Id, ChainProblem.PreviousHashMismatch, 5), result.FirstBroken);
        Assert.Equal("previous_hash_mismatch", result.FirstBroken!.Code);
    }

    [SkippableFact]
    public async Task Two_swapped_records_are_found_as_previous_hash_mismatch()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var second = await TestChains.RecordAt(app, tenant, 2);
        var third = await TestChains.RecordAt(app, tenant, 3);

        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Sequence" = -1 WHERE "Id" = {second.Id}""");
        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Sequence" = 2 WHERE "Id" = {third.Id}""");
        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Sequence" = 3 WHERE "Id" = {second.Id}""");
        var result = await TestChains.VerifyAsync(app, tenant);

        Assert.Equal(new ChainBreak(2, third.Id, ChainProblem.PreviousHashMismatch, 2), result.FirstBroken);
    }

    [SkippableFact]
    public async Task The_walk_in_small_batches_finds_a_break_beyond_the_first_batch()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app, events: 9);
        Assert.True((await TestChains.VerifyAsync(app, tenant, batchSize: 2)).Valid);

        var victim = await TestChains.RecordAt(app, tenant, 8);
        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Reason" = 'diubah' WHERE "Id" = {victim.Id}""");
        var result = await TestChains.VerifyAsync(app, tenant, batchSize: 2);

        Assert.Equal((8L, ChainProblem.HashMismatch), (result.FirstBroken!.Sequence, result.FirstBroken.Problem));
        Assert.Equal(8, result.Checked);
    }

    [SkippableFact]
    public async Task Tampering_in_one_tenant_leaves_another_tenants_chain_valid()
    {
        app.SkipIfUnavailable();
        var tampered = await TestChains.CreateAsync(app);
        var untouched = await TestChains.CreateAsync(app);
        var victim = await TestChains.RecordAt(app, tampered, 2);

        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "Action" = 'lain' WHERE "Id" = {victim.Id}""");

        Assert.False((await TestChains.VerifyAsync(app, tampered)).Valid);
        Assert.True((await TestChains.VerifyAsync(app, untouched)).Valid);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditVerifierTestsOnSqlite(SqliteApp app) : AuditVerifierTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditVerifierTestsOnPostgres(PostgresApp app) : AuditVerifierTests(app);
