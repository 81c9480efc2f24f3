"""A deterministic synthetic library: 100k replies mixing English and Chinese.

Each synthetic reply starts from a real built-in reply and is varied with product names,
numbers and extra sentences, so word frequencies look like a real shop's library rather
than random noise.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from desktop.core.library.content import load_builtin

ADJ_EN = (
    "wireless waterproof portable mini smart leather cotton stainless magnetic foldable "
    "rechargeable vintage solar ceramic wooden silicone bamboo ergonomic thermal LED "
    "bluetooth adjustable kids outdoor kitchen car pet baby sports winter summer"
).split()
NOUN_EN = (
    "earbuds charger watch lamp backpack jacket sneakers blender kettle mouse keyboard "
    "phone case tripod drone speaker camera router helmet tent bottle wallet belt scarf "
    "dress hoodie jeans sandals blanket pillow mug knife pan toy puzzle doll brush comb "
    "mirror fan heater projector tablet stand cable adapter battery strap lens glove sock"
).split()
ADJ_ZH = (
    "无线 防水 便携 迷你 智能 真皮 纯棉 不锈钢 磁吸 折叠 充电 复古 太阳能 陶瓷 木质 硅胶".split()
)
NOUN_ZH = (
    "耳机 充电器 手表 台灯 背包 夹克 运动鞋 搅拌机 水壶 鼠标 键盘 手机壳 三脚架 无人机 音箱 "
    "相机 路由器 头盔 帐篷 水杯 钱包 腰带 围巾 连衣裙 卫衣 牛仔裤 凉鞋 毯子 枕头 马克杯"
).split()
EXTRA_EN = [
    "This model comes in {n} colours.",
    "Our warehouse packs each order with foam.",
    "The battery lasts about {n} hours.",
    "Please check the size chart on the listing.",
    "We restock every {n} days.",
]
EXTRA_ZH = [
    "此款有{n}种颜色。",
    "仓库会用泡沫包装每个订单。",
    "电池续航约{n}小时。",
    "请查看商品页的尺码表。",
]


def rows(count: int, seed: int = 42) -> list[dict[str, str]]:
    rng = random.Random(seed)
    base = load_builtin().entries
    out = []
    for i in range(count):
        b = rng.choice(base)
        pe = f"{rng.choice(ADJ_EN)} {rng.choice(NOUN_EN)}"
        pz = f"{rng.choice(ADJ_ZH)}{rng.choice(NOUN_ZH)}"
        n = str(rng.randint(2, 48))
        en = b.en + "\n" + rng.choice(EXTRA_EN).format(n=n) + f" ({pe}, SKU {i:06d})"
        zh = b.zh + "\n" + rng.choice(EXTRA_ZH).format(n=n) + f"（{pz}）"
        tags = [*b.tags[:3], pe.split()[1], pz]
        examples = [x + f" ({pe})" for x in b.examples[:2]]
        out.append(
            {
                "id": f"syn-{i:06d}",
                "scenario": b.scenario,
                "title_en": f"{b.title_en}: {pe}",
                "title_zh": f"{b.title_zh}：{pz}",
                "en": en,
                "zh": zh,
                "tags": "|".join(tags),
                "examples": "|".join(examples),
            }
        )
    return out


def write_csv(path: Path, count: int) -> list[dict[str, str]]:
    data = rows(count)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(data[0]))
        writer.writeheader()
        writer.writerows(data)
    return data
