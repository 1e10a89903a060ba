using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Satisfaction.Surveys;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("PublicServicesSurveyResponses", t =>
        {
            foreach (var column in Enumerable.Range(1, Ikm.Elements).Select(i => $"U{i}"))
            {
                t.HasCheckConstraint($"CK_PublicServicesSurveyResponses_{column}", $"\"{column}\" BETWEEN 1 AND 4");
            }
        });
        b.Ignore(r => r.Answers);
        b.Property(r => r.TenantId).HasMaxLength(40);
        b.Property(r => r.UnitCode).HasMaxLength(40);
        b.Property(r => r.VillageCode).HasMaxLength(20);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.EnteredByUserId).HasMaxLength(64);
        b.Property(r => r.AgeBand).HasMaxLength(10);
        b.Property(r => r.Sex).HasMaxLength(10);
        b.Property(r => r.Education).HasMaxLength(20);
        b.Property(r => r.Occupation).HasMaxLength(20);
        b.Property(r => r.Suggestion).HasMaxLength(1000);

        // One survey per application; results are read per unit or service and period.
        b.HasIndex(r => new { r.TenantId, r.ApplicationId }).IsUnique();
        b.HasIndex(r => new { r.TenantId, r.UnitCode, r.Day });
        b.HasIndex(r => new { r.TenantId, r.ServiceId, r.Day });
        b.HasIndex(r => new { r.TenantId, r.VillageCode, r.Day });
    }
}
