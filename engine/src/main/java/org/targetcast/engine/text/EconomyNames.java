package org.targetcast.engine.text;

import java.util.Map;
import org.targetcast.charts.Lang;

/**
 * The economies of the shipped observations by their Chinese names, for the calibration panel in a Chinese
 * report. The names are the standard short Chinese names, as the Ministry of Foreign Affairs of the People's
 * Republic of China lists countries and regions (and GB/T 2659, the Chinese country-name standard), with Taiwan
 * written 中国台湾 as Chinese official statistics write it. An economy without a name here keeps the data's
 * id ({@code unctad:Kosovo}), an identifier the reader looks up. Every character of these names must be in the
 * shipped font (FontsTest reads this file): a new name with a character outside it needs the font cut again
 * (charts/fonts/subset.py).
 */
public final class EconomyNames {
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("Antigua and Barbuda", "安提瓜和巴布达"),
            Map.entry("Argentina", "阿根廷"),
            Map.entry("Armenia", "亚美尼亚"),
            Map.entry("Austria", "奥地利"),
            Map.entry("Bahamas", "巴哈马"),
            Map.entry("Bangladesh", "孟加拉国"),
            Map.entry("Bermuda", "百慕大"),
            Map.entry("Bhutan", "不丹"),
            Map.entry("Brazil", "巴西"),
            Map.entry("Burundi", "布隆迪"),
            Map.entry("Cabo Verde", "佛得角"),
            Map.entry("Cambodia", "柬埔寨"),
            Map.entry("China", "中国"),
            Map.entry("Colombia", "哥伦比亚"),
            Map.entry("Costa Rica", "哥斯达黎加"),
            Map.entry("Cyprus", "塞浦路斯"),
            Map.entry("Czechia", "捷克"),
            Map.entry("Dominican Republic", "多米尼加"),
            Map.entry("Estonia", "爱沙尼亚"),
            Map.entry("Ethiopia", "埃塞俄比亚"),
            Map.entry("Fiji", "斐济"),
            Map.entry("Georgia", "格鲁吉亚"),
            Map.entry("Germany", "德国"),
            Map.entry("Greece", "希腊"),
            Map.entry("Guatemala", "危地马拉"),
            Map.entry("Hungary", "匈牙利"),
            Map.entry("India", "印度"),
            Map.entry("Indonesia", "印度尼西亚"),
            Map.entry("Ireland", "爱尔兰"),
            Map.entry("Italy", "意大利"),
            Map.entry("Japan", "日本"),
            Map.entry("Kazakhstan", "哈萨克斯坦"),
            Map.entry("Kosovo", "科索沃"),
            Map.entry("Latvia", "拉脱维亚"),
            Map.entry("Lesotho", "莱索托"),
            Map.entry("Mauritius", "毛里求斯"),
            Map.entry("Mongolia", "蒙古国"),
            Map.entry("Montserrat", "蒙特塞拉特"),
            Map.entry("Morocco", "摩洛哥"),
            Map.entry("Mozambique", "莫桑比克"),
            Map.entry("Netherlands", "荷兰"),
            Map.entry("New Zealand", "新西兰"),
            Map.entry("Nicaragua", "尼加拉瓜"),
            Map.entry("Norway", "挪威"),
            Map.entry("Pakistan", "巴基斯坦"),
            Map.entry("Philippines", "菲律宾"),
            Map.entry("Portugal", "葡萄牙"),
            Map.entry("Romania", "罗马尼亚"),
            Map.entry("Russia", "俄罗斯"),
            Map.entry("Rwanda", "卢旺达"),
            Map.entry("Serbia", "塞尔维亚"),
            Map.entry("Singapore", "新加坡"),
            Map.entry("Sint Maarten", "荷属圣马丁"),
            Map.entry("South Africa", "南非"),
            Map.entry("South Korea", "韩国"),
            Map.entry("Sweden", "瑞典"),
            Map.entry("Switzerland", "瑞士"),
            Map.entry("Taiwan", "中国台湾"),
            Map.entry("Timor-Leste", "东帝汶"),
            Map.entry("Trinidad and Tobago", "特立尼达和多巴哥"),
            Map.entry("United Kingdom", "英国"),
            Map.entry("United States", "美国"),
            Map.entry("World", "世界"));

    private static final String UNCTAD = "unctad:";

    private EconomyNames() {}

    /**
     * @param economy an economy as the data name it, e.g. {@code South Korea}, or in lower case as the panel's
     *     calibration keys it ({@code south korea}, {@code china})
     * @param lang the language
     * @return its name: in Chinese from the table (韩国), else the given name
     */
    public static String economy(String economy, Lang lang) {
        if (lang != Lang.ZH) {
            return economy;
        }
        String name = ZH.get(economy);
        if (name != null) {
            return name;
        }
        return ZH.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(economy))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(economy);
    }

    /**
     * @param history a history of the data by its id: {@code china} (MOFCOM basis), {@code unctad:China},
     *     {@code unctad:South Korea}
     * @param lang the language
     * @return in English the id; in Chinese the economy's name, China's two histories with their basis
     *     (中国（商务部口径）, 中国（UNCTAD口径））; the id itself for an economy without a Chinese name or an id
     *     of another form
     */
    public static String history(String history, Lang lang) {
        if (lang != Lang.ZH) {
            return history;
        }
        if (history.equals("china")) {
            return Glossary.term("panel.china.mofcom", lang);
        }
        if (history.equals(UNCTAD + "China")) {
            return Glossary.term("panel.china.unctad", lang);
        }
        String economy = history.startsWith(UNCTAD) ? history.substring(UNCTAD.length()) : null;
        return economy != null && ZH.containsKey(economy) ? ZH.get(economy) : history;
    }
}
