namespace Pamong.PublicServices.Forms;

/// <summary>One problem with one answer: the field's key, a stable English code and an Indonesian message.</summary>
public sealed record FieldProblem(string Key, string Code, string Message);
