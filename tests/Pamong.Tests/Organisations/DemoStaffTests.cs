using Pamong.Platform.Demo;
using Pamong.Platform.Organisations.Staff;
using Pamong.Platform.People;

namespace Pamong.Tests.Organisations;

public sealed class DemoStaffTests
{
    [Fact]
    public void Every_demo_civil_servant_has_a_valid_NIP_and_every_position_exists()
    {
        foreach (var staff in DemoStaff.Staff)
        {
            if (staff.Status == StaffStatus.Asn)
            {
                Assert.True(Nip.Check(staff.Nip).Valid, staff.FullName);
            }

            Assert.Contains(DemoStaff.Positions, p => p.UnitCode == staff.UnitCode && p.Position == staff.Position);
        }

        Assert.Equal(DemoStaff.Staff.Length, DemoStaff.Staff.Select(s => s.Nip ?? s.FullName).Distinct().Count());
    }
}
