"""The demo district's places and people: its streets and communities, women's names, ID numbers
and phones (seeded by the caller, unique within the demo)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from fdh_desktop.domain.dates import age_on
from fdh_desktop.domain.idcard import check_character

PILOT_STREETS = ("天桥", "广内")

STREETS: dict[str, tuple[str, ...]] = {
    "天桥": ("虎坊路", "永安路", "留学路", "福长街", "先农坛", "太平街", "北纬路", "禄长街", "香厂路", "天桥小区", "永安里", "山涧口", "板章路"),
    "广内": ("报国寺", "校场", "长椿街", "槐柏树街", "宣武门外东大街", "西便门东里", "核桃园", "老墙根", "三庙街", "康乐里", "上斜街", "校尉营", "西便门西里", "长椿里"),
    "牛街": ("牛街西里一区", "牛街西里二区", "牛街东里", "法源寺", "春风", "钢院", "枣林", "回民小区", "输入局", "南线阁", "白广路", "菜园北里", "教子胡同", "右安门内"),
    "大栅栏": ("大栅栏西街", "三井", "铁树斜街", "延寿街", "前门西河沿", "百顺", "石头", "煤市街", "杨梅竹斜街", "观音寺", "粮食店", "厂甸", "东琉璃厂", "廊房头条"),
    "广外": ("红居街", "鸭子桥", "达官营", "马连道", "天宁寺", "湾子", "车站东街", "三义里", "红莲", "小马厂", "莲花河", "手帕口", "青年湖", "六里桥"),
    "椿树": ("琉璃厂西街", "香炉营", "椿树园", "宣武门外", "四川营", "红线", "魏染", "西草市", "梁家园", "棉花头条", "永光东街", "校场口", "长椿街西", "椿树馆"),
    "陶然亭": ("黑窑厂", "龙泉", "福州馆", "米市", "粉房琉璃街", "窑台", "陶然亭西", "南华里", "新兴里", "黑窑厂东", "陶然北岸", "自新路", "龙爪槐", "壹瓶"),
    "白纸坊": ("崇效寺", "右内西街", "樱桃园", "平原里", "建功南里", "半步桥", "菜园街", "万寿公园", "双槐里", "里仁街", "光源里", "建功北里", "自新路东"),
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
HUI_SURNAMES = "马白沙哈丁米穆纳海杨金"
GIVEN = "秀英桂兰玉华凤霞淑珍红梅丽静敏燕芳娟艳琴云莲洁慧颖雪晶婷琳璐倩雯佳欣怡蕾萍宁丹妍瑾瑜丽娜芬蓉春香月荣爱"


class _People:
    """Names, ID numbers and phones, unique within the demo."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ids: set[str] = set()

    def name(self, hui: bool) -> str:
        surname = self.rng.choice(HUI_SURNAMES if hui else SURNAMES)
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
        return surname + given

    def birth_for_age(self, age: int, on: date) -> date:
        birthday = date(2001, 1, 1) + timedelta(days=self.rng.randrange(365))
        year = on.year - age - ((birthday.month, birthday.day) > (on.month, on.day))
        born = date(year, birthday.month, birthday.day)
        assert age_on(born, on) == age
        return born

    def id_number(self, born: date) -> str:
        while True:
            seq = self.rng.randrange(0, 500) * 2  # even 17th digit: a woman
            first17 = f"110102{born:%Y%m%d}{seq:03d}"
            number = first17 + check_character(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def phone(self) -> str:
        if self.rng.random() < 0.15:
            return f"010-63{self.rng.randrange(10**6):06d}"
        return f"1{self.rng.choice('3589')}{self.rng.randrange(10**9):09d}"


def _ethnicity(rng: random.Random, street: str) -> str:
    if street == "牛街" and rng.random() < 0.45:
        return "回族"
    roll = rng.random()
    return "满族" if roll < 0.04 else "回族" if roll < 0.07 else "蒙古族" if roll < 0.08 else "汉族"
