using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Tracking;
using Pamong.Platform.Notifications;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Filing;

/// <summary>Files a complaint (no sign-in needed): checks the input and attachments, gives it a tracking code and the verification deadline.</summary>
public sealed class ComplaintFiling(
    ComplaintsDb db, ComplaintUnits units, ComplaintCalendar calendar, ComplaintNotices notices,
    IOptions<AttachmentOptions> attachmentOptions, IStringLocalizer<ComplaintText> text)
{
    public async Task<Outcome<Complaint>> FileAsync(ComplaintInput input, IReadOnlyList<Attachment> attachments, string? userId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = Required(input.Title, nameof(ComplaintInput.Title), ComplaintLimits.Title, errors);
        var description = Required(input.Description, nameof(ComplaintInput.Description), ComplaintLimits.Description, errors);
        if (!ComplaintCategories.IsKnown(input.Category))
        {
            errors.Add(nameof(ComplaintInput.Category), text["CategoryRequired"]);
        }

        var unit = await units.FindAsync(input.UnitCode, ct);
        if (unit is null)
        {
            errors.Add(nameof(ComplaintInput.UnitCode), string.IsNullOrWhiteSpace(input.UnitCode) ? text["UnitRequired"] : text["UnitUnknown", input.UnitCode!.Trim()]);
        }

        var service = Optional(input.Service, nameof(ComplaintInput.Service), ComplaintLimits.Service, errors);
        var village = input.VillageCode?.Trim();
        if (!string.IsNullOrEmpty(village) && await units.VillageNameAsync(village, ct) is null)
        {
            errors.Add(nameof(ComplaintInput.VillageCode), text["VillageUnknown"]);
        }

        var (name, email, phone) = Identity(input, errors);
        CheckAttachments(attachments, errors);
        if (errors.Any)
        {
            return Refusal.Invalid("complaint_invalid", text["ComplaintInvalid"], errors.ToDictionary());
        }

        var settings = await calendar.SettingsAsync(ct);
        var complaint = new Complaint
        {
            TrackingCode = await NewCodeAsync(ct),
            Title = title!,
            Description = description!,
            Category = input.Category!,
            UnitId = unit!.Id,
            UnitCode = unit.Code,
            UnitName = unit.Name,
            UnitKind = unit.Kind.ToString(),
            UnitRegionCode = unit.RegionCode,
            Service = service,
            VillageCode = string.IsNullOrEmpty(village) ? null : village,
            Anonymous = input.Anonymous,
            Confidential = !input.Anonymous && input.Confidential,
            ComplainantName = name,
            ComplainantEmail = email,
            ComplainantPhone = phone,
            ComplainantUserId = input.Anonymous ? null : userId,
            Status = ComplaintStatus.Submitted,
            FiledAt = calendar.Now,
            VerifyDueOn = await calendar.AfterWorkingDaysAsync(settings.VerifyWorkingDays, ct),
        };
        complaint.Events.Add(new ComplaintEvent { At = calendar.Now, Action = ComplaintAction.Filed, ActorName = ComplaintEvents.Complainant, UnitName = unit.Name });
        foreach (var file in attachments)
        {
            complaint.Files.Add(new ComplaintFile
            {
                FileName = Path.GetFileName(file.FileName),
                ContentType = AttachmentKind.ByContent(file.Bytes)!.ContentType,
                Length = file.Bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Bytes)),
                Content = new ComplaintFileContent { Bytes = file.Bytes },
            });
        }

        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        await notices.FiledAsync(complaint, ct);
        return complaint;
    }

    private (string? Name, string? Email, string? Phone) Identity(ComplaintInput input, FieldErrors errors)
    {
        if (input.Anonymous)
        {
            return (null, null, null);
        }

        var name = Required(input.Name, nameof(ComplaintInput.Name), ComplaintLimits.Name, errors, "NameRequired");
        var email = input.Email?.Trim();
        var phone = input.Phone?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > ComplaintLimits.Email || Recipient.Normalize(Channel.Email, email) is null))
        {
            errors.Add(nameof(ComplaintInput.Email), text["EmailInvalid"]);
        }

        string? normalPhone = null;
        if (!string.IsNullOrEmpty(phone) && (normalPhone = Recipient.Normalize(Channel.Sms, phone)) is null)
        {
            errors.Add(nameof(ComplaintInput.Phone), text["PhoneInvalid"]);
        }

        return (name, string.IsNullOrEmpty(email) ? null : email, normalPhone);
    }

    private void CheckAttachments(IReadOnlyList<Attachment> attachments, FieldErrors errors)
    {
        const string field = "Attachments";
        var options = attachmentOptions.Value;
        if (attachments.Count > options.MaxFiles)
        {
            errors.Add(field, text["TooManyFiles", options.MaxFiles]);
            return;
        }

        foreach (var file in attachments)
        {
            var name = Path.GetFileName(file.FileName);
            var claimed = AttachmentKind.ByName(name);
            if (claimed is null)
            {
                errors.Add(field, text["FileTypeNotAllowed", name]);
            }
            else if (file.Bytes.LongLength > options.MaxBytes)
            {
                errors.Add(field, text["FileTooLarge", name, options.MaxBytes / (1024 * 1024)]);
            }
            else if (file.Bytes.Length == 0 || AttachmentKind.ByContent(file.Bytes) != claimed)
            {
                errors.Add(field, text["FileContentMismatch", name]);
            }
        }
    }

    private string? Required(string? value, string field, int max, FieldErrors errors, string? requiredKey = null)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(field, text[requiredKey ?? field + "Required"]);
            return null;
        }

        if (trimmed.Length > max)
        {
            errors.Add(field, text["TooLong", max]);
        }

        return trimmed;
    }

    private string? Optional(string? value, string field, int max, FieldErrors errors)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > max)
        {
            errors.Add(field, text["TooLong", max]);
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    private async Task<string> NewCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = TrackingCode.New();
            if (!await db.Complaints.AnyAsync(c => c.TrackingCode == code, ct))
            {
                return code;
            }
        }
    }
}
