using Pamong.Platform.Demo;
using Pamong.Platform.People;

namespace Pamong.Tests.People;

public sealed class DemoCitizensTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Every_demo_NIK_is_valid_issued_in_the_village_kecamatan_and_agrees_with_birth_date_and_sex()
    {
        foreach (var family in DemoCitizens.Families)
        {
            foreach (var person in family.Members)
            {
                var check = Nik.Check(person.Nik, Today);
                Assert.True(check.Valid, person.FullName);
                Assert.Equal(family.VillageCode[..8], check.RegionCode);
                Assert.Equal(person.Sex, check.Sex);
                Assert.Equal(person.BirthDate, check.BirthDate);
            }
        }
    }

    [Fact]
    public void Every_demo_KK_is_valid_and_issued_after_its_youngest_member_was_born()
    {
        foreach (var family in DemoCitizens.Families)
        {
            var check = KkNumber.Check(family.KkNumber, Today);
            Assert.True(check.Valid, family.KkNumber);
            Assert.Equal(family.VillageCode[..8], check.RegionCode);
            Assert.True(check.IssueDate >= family.Members.Max(m => m.BirthDate), family.KkNumber);
            Assert.Equal(3, family.Rt.Length);
            Assert.Single(family.Members, m => m.Relationship == "Kepala Keluarga");
        }
    }

    [Fact]
    public void Demo_has_ten_families_of_thirty_to_forty_people_with_unique_NIKs_and_Siti_Rahayu_in_Kemiren()
    {
        var people = DemoCitizens.Families.SelectMany(f => f.Members.Select(m => (f.VillageCode, m))).ToList();
        Assert.Equal(10, DemoCitizens.Families.Length);
        Assert.InRange(people.Count, 30, 40);
        Assert.Equal(people.Count, people.Select(p => p.m.Nik).Distinct().Count());
        var siti = Assert.Single(people, p => p.m.Nik == "3510155705900001");
        Assert.Equal(("35.10.15.2004", "Siti Rahayu"), (siti.VillageCode, siti.m.FullName));
        Assert.Equal(["35.10.15.2004", "35.10.15.2005", "35.10.16.1001"], DemoCitizens.Families.Select(f => f.VillageCode).Distinct().Order());
    }
}
