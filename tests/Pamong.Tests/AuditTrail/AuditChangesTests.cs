using Pamong.Platform.AuditTrail;

namespace Pamong.Tests.AuditTrail;

public sealed class AuditChangesTests
{
    [Fact]
    public void An_update_shows_each_changed_field_before_and_after()
    {
        var fields = AuditChanges.Fields(new AuditRecord { Before = """{"Name":"Lama","Active":true}""", After = """{"Name":"Baru","Active":false}""" });
        Assert.Equal(
            [new FieldChange("Active", true, "true", true, "false"), new FieldChange("Name", true, "Lama", true, "Baru")],
            fields);
        Assert.All(fields!, f => Assert.True(f.Changed));
    }

    [Fact]
    public void A_created_row_has_no_before_side_and_keeps_empty_values()
    {
        var fields = AuditChanges.Fields(new AuditRecord { After = """{"Code":"X","ParentId":null}""" });
        Assert.Equal([new FieldChange("Code", false, null, true, "X"), new FieldChange("ParentId", false, null, true, null)], fields);
        Assert.DoesNotContain(fields!, f => f.Changed);
    }

    [Fact]
    public void A_free_text_detail_is_not_a_field_table()
    {
        Assert.Null(AuditChanges.Fields(new AuditRecord { After = "masuk dari aplikasi seluler" }));
        Assert.Null(AuditChanges.Fields(new AuditRecord { After = "[1,2]" }));
        Assert.Empty(AuditChanges.Fields(new AuditRecord())!);
    }
}
