namespace Platform.Seeds.Generator.Names;

/// <summary>
/// Synthetic place and organisation names in the local style: two characters from a pool of auspicious or
/// landscape words plus the right suffix (街道, 镇, 社区, 小区, 物业…). A name is unique among its siblings.
/// </summary>
public sealed class PlaceNames(SeedRandom random)
{
    private static readonly string[] Words =
    [
        "和平", "建设", "兴隆", "清溪", "白塔", "北辰", "南门", "东湖", "西溪", "文昌", "奎阁", "浓洄", "思源", "协兴", "枣山",
        "龙安", "花桥", "官盛", "彭家", "石笋", "桂兴", "观塘", "广福", "新桥", "双河", "金星", "凤凰", "青杠", "太平", "永兴",
        "福源", "长乐", "安居", "华龙", "鼎屏", "九龙", "丰禾", "宝箴", "飞龙", "乐善", "沿口", "中心", "万隆", "胜利", "云山",
        "明月", "古桥", "天池", "溪口", "柑子", "高坪", "黄桷", "红岩", "玉皇", "龙泉", "望江", "渠江", "嘉陵", "翠屏", "锦屏",
        "桃园", "梨园", "松林", "竹林", "银杏", "杏林", "荷花", "梅岭", "兰亭", "紫薇", "金桥", "银河", "春晖", "秋实", "朝阳",
        "晨光", "育才", "书香", "五福", "同心", "和顺", "吉祥", "瑞丰", "康宁", "鸿运", "盛世", "新华", "民主", "团结", "光明",
    ];

    private static readonly string[] CompoundSuffixes = ["花园", "家园", "苑", "小区", "雅居", "公寓", "新村", "佳苑", "名都", "华府"];
    private static readonly string[] LawFirmSuffixes = ["律师事务所"];

    public string Unique(ISet<string> taken, string suffix)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = random.Pick(Words) + (attempt > 20 ? random.Pick(Words)[..1] : "") + suffix;
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    public string Compound(ISet<string> taken) => Unique(taken, random.Pick(CompoundSuffixes));

    public string Word() => random.Pick(Words);

    public string Company(string kind) => $"广安{random.Pick(Words)}{kind}有限公司";

    public string LawFirm() => $"四川{random.Pick(Words)}{random.Pick(LawFirmSuffixes)}";
}
