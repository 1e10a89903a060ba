namespace Pamong.SocialProtection.Registry;

/// <summary>A household's checked values (see <see cref="RegistryFields"/>).</summary>
public sealed record HouseholdValues(
    string KkNumber, string VillageCode, string Rt, string Rw, string Address, int? WelfareDecile, long? MonthlyIncome,
    FloorMaterial? FloorMaterial, WallMaterial? WallMaterial, RoofMaterial? RoofMaterial, decimal? FloorArea, int? ElectricityVa,
    decimal? LandArea, int LargeLivestock, int SmallLivestock, int Motorcycles, int Cars)
{
    public void ApplyTo(Household h)
    {
        h.KkNumber = KkNumber;
        h.VillageCode = VillageCode;
        h.Rt = Rt;
        h.Rw = Rw;
        h.Address = Address;
        h.WelfareDecile = WelfareDecile;
        h.MonthlyIncome = MonthlyIncome;
        h.FloorMaterial = FloorMaterial;
        h.WallMaterial = WallMaterial;
        h.RoofMaterial = RoofMaterial;
        h.FloorArea = FloorArea;
        h.ElectricityVa = ElectricityVa;
        h.LandArea = LandArea;
        h.LargeLivestock = LargeLivestock;
        h.SmallLivestock = SmallLivestock;
        h.Motorcycles = Motorcycles;
        h.Cars = Cars;
    }

    /// <summary>Whether applying these values would change the household (an unchanged re-import writes nothing).</summary>
    public bool Differs(Household h) =>
        h.VillageCode != VillageCode || h.Rt != Rt || h.Rw != Rw || h.Address != Address || h.WelfareDecile != WelfareDecile
        || h.MonthlyIncome != MonthlyIncome || h.FloorMaterial != FloorMaterial || h.WallMaterial != WallMaterial
        || h.RoofMaterial != RoofMaterial || h.FloorArea != FloorArea || h.ElectricityVa != ElectricityVa || h.LandArea != LandArea
        || h.LargeLivestock != LargeLivestock || h.SmallLivestock != SmallLivestock || h.Motorcycles != Motorcycles || h.Cars != Cars;
}
