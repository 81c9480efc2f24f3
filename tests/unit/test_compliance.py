"""The compliance checker: each rule family with its span, the look-alikes it must leave alone,
the CLI contract, the built-in replies, and that no text makes it raise."""

from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core import open_library
from desktop.core.compliance.check import MAX_CHARS, check, has_errors
from desktop.core.compliance.rules import families, parse_rules, rules
from desktop.core.library.entry import PLATFORMS

#: (text, platform, family, the flagged words): one or more per family.
RISKY = [
    ("Add me on WhatsApp for a better price", "aliexpress", "off_platform", "WhatsApp"),
    ("call me +44 7700 900123 tonight", "aliexpress", "off_platform", "+44 7700 900123"),
    ("my number 138 0013 8000", "shopee", "off_platform", "138 0013 8000"),
    ("wechat: shop_lily88", "aliexpress", "off_platform", "wechat: shop_lily88"),
    ("write to lily.shop@example.com please", "amazon", "off_platform", "lily.shop@example.com"),
    ("see www.example-shop.com for more", "aliexpress", "off_platform", "www.example-shop.com"),
    ("you can pay me directly by bank transfer", "aliexpress", "off_platform", "pay me directly"),
    ("20% off on gadgetwelt-example.de", "aliexpress", "off_platform", "gadgetwelt-example.de"),
    ("加我微信 abc12345 详聊", "aliexpress", "off_platform", "加我微信 abc12345"),
    ("I guarantee it will arrive by Friday!", "aliexpress", "guaranteed_date", "guarantee"),
    ("保证周五前到货", "aliexpress", "guaranteed_date", "保证周五前到货"),
    (
        "we can mark it as a gift so you avoid customs",
        "aliexpress",
        "false_customs",
        "mark it as a gift",
    ),
    ("申报成礼品就不用交税", "aliexpress", "false_customs", "申报成礼品"),
    ("Give us 5 stars and we refund 2 dollars", "aliexpress", "feedback_manipulation", "5 stars"),
    ("好评返现5元", "aliexpress", "feedback_manipulation", "好评"),
    (
        "could you change your review? we send a coupon",
        "amazon",
        "feedback_manipulation",
        "change your review",
    ),
    ("the other buyer's address is 5 Elm Road", "amazon", "buyer_details", "other buyer's address"),
    (
        "absolutely no problem, best in the world",
        "aliexpress",
        "absolute_claim",
        "absolutely no problem",
    ),
    ("You can pay cash on delivery", "aliexpress", "cash_on_delivery", "cash on delivery"),
    (
        "sorry, we do not accept credit cards",
        "aliexpress",
        "refuse_payment_or_invoice",
        "do not accept credit cards",
    ),
    (
        "we cannot provide an invoice",
        "aliexpress",
        "refuse_payment_or_invoice",
        "cannot provide an invoice",
    ),
    (
        "The listing says free shipping, but for your area you must pay 6 USD more",
        "aliexpress",
        "refuse_payment_or_invoice",
        "free shipping, but for your area you must pay 6 USD",
    ),
    ("虽然商品页写免运，但您这单要补80元运费", "shopee", "refuse_payment_or_invoice", "免运"),
    ("Check out our new collection!", "amazon", "amazon_promotion", "Check out our new collection"),
    ("Dear {buyer}, your parcel", "aliexpress", "unfilled_placeholder", "{buyer}"),
    ("tracking number ***", "aliexpress", "unfilled_placeholder", "***"),
    ("尊敬的某某您好，您的包裹已发出", "own_store", "unfilled_placeholder", "某某"),
    ("【买家姓名】您好，您的包裹已发出", "aliexpress", "unfilled_placeholder", "【买家姓名】"),
    ("我哋寄嗰陣會標 gift，你收件時唔使驚", "aliexpress", "false_customs", "標 gift"),
    ("今日出貨，聽日梗到，唔會遲", "shopee", "guaranteed_date", "梗到"),
    ("Or pay by STC Pay to 05 5555 3321.", "aliexpress", "off_platform", "STC Pay to 05 5555 3321"),
    ("Long to type, call me? 61 4 5550 2291", "shopee", "off_platform", "call me? 61 4 5550 2291"),
    (
        "For Samoa it takes exactly 18 days, never longer.",
        "aliexpress",
        "guaranteed_date",
        "never longer",
    ),
    ("这个款进多少卖多少，稳赚不赔。", "shopee", "absolute_claim", "稳赚不赔"),
    ("包裹送达时向快递员支付现金即可", "amazon", "cash_on_delivery", "向快递员支付现金"),
    (
        "只有對商品滿意的顧客，才請您留下評價",
        "amazon",
        "feedback_manipulation",
        "只有對商品滿意的顧客",
    ),
    (
        "One of them is Pía Morales, she took 3.",
        "aliexpress",
        "buyer_details",
        "One of them is Pía Morales",
    ),
    (
        "This supplement cures the back pain in 2 weeks.",
        "aliexpress",
        "absolute_claim",
        "cures the back",
    ),
    (
        "no need dispute friend, i refund u myself by paypal",
        "aliexpress",
        "off_platform",
        "i refund u myself by paypal",
    ),
    (
        "With card it is 3 dollars more.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "With card it is 3 dollars more",
    ),
    (
        "if any problem dont rate just msg me",
        "shopee",
        "feedback_manipulation",
        "if any problem dont rate",
    ),
    ("直接写过不去，我给你写成手机配件", "aliexpress", "false_customs", "给你写成"),
    ("kak tenang aja, Senin pasti udah nyampe di Bekasi", "shopee", "guaranteed_date", "pasti"),
    ("kami tandai sebagai sample ya, jadi bebas bea", "shopee", "false_customs", "bebas bea"),
    (
        "Pay by Payme to my card 8600 5555 3321 7788.",
        "aliexpress",
        "off_platform",
        "to my card 8600 5555 3321 7788",
    ),
    ("我们会将品名申报为“塑料收纳盒”", "aliexpress", "false_customs", "品名申报为"),
    ("It comes 18 days after payment, not later.", "own_store", "guaranteed_date", "not later"),
    ("伊 Mandy 额单子是 #BD55021，寄到静安寺", "own_store", "buyer_details", "伊 Mandy 额单子是"),
    (
        "Grazie! Dichiariamo il pacco come regalo e valore 5 euro, così niente dogana.",
        "aliexpress",
        "false_customs",
        "Dichiariamo il pacco come regalo",
    ),
    (
        "Buongiorno Sara, il pacco arriva sicuramente entro il 20 dicembre.",
        "amazon",
        "guaranteed_date",
        "sicuramente",
    ),
    (
        "Obrigado! Esta mala é indestrutível, nunca parte.",
        "aliexpress",
        "absolute_claim",
        "indestrutível",
    ),
    (
        "It works with all devices without exception.",
        "amazon",
        "absolute_claim",
        "without exception",
    ),
    # Turkish and Maghreb or Gulf Arabizi, as agents serving those buyers write (round 38)
    (
        "Hocam ödemeyi direkt IBAN'a gönderin, indirim yaparız.",
        "aliexpress",
        "off_platform",
        "direkt IBAN",
    ),
    (
        "Merak etmeyin, yarın kesin kargoda, Cuma günü sizde.",
        "aliexpress",
        "guaranteed_date",
        "kesin",
    ),
    (
        "Gümrük için faturayı 15 dolar gösteririz, vergi çıkmaz.",
        "aliexpress",
        "false_customs",
        "faturayı 15 dolar gösteririz",
    ),
    (
        "Abla 5 yıldız verirseniz hediye kupon yollarız.",
        "aliexpress",
        "feedback_manipulation",
        "5 yıldız",
    ),
    (
        "Bu tencere kesinlikle hiç çizilmez.",
        "aliexpress",
        "absolute_claim",
        "kesinlikle hiç çizilmez",
    ),
    (
        "Kapıda ödeme var, kuryeye nakit verirsiniz.",
        "aliexpress",
        "cash_on_delivery",
        "Kapıda ödeme",
    ),
    (
        "Sahbi, tu donnes el flous lil mandoob.",
        "aliexpress",
        "cash_on_delivery",
        "flous lil mandoob",
    ),
    (
        "Kusura bakmayın, fatura kesmiyoruz.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "fatura kesmiyoruz",
    ),
    (
        "Siparişiniz yolda. Mağazamızdaki yeni termoslara da göz atın!",
        "amazon",
        "amazon_promotion",
        "Mağazamızdaki",
    ),
    (
        "Refund of $[refund amount] is on its way.",
        "aliexpress",
        "unfilled_placeholder",
        "[refund amount]",
    ),
    # German, Dutch, Polish and Czech, as agents serving Central European buyers write (round 39)
    (
        "Das Paket ist garantiert bis Freitag bei Ihnen.",
        "aliexpress",
        "guaranteed_date",
        "garantiert",
    ),
    ("Paczka będzie na pewno do piątku.", "aliexpress", "guaranteed_date", "na pewno"),
    (
        "Wir deklarieren es als Geschenk, dann kein Zoll.",
        "aliexpress",
        "false_customs",
        "als Geschenk",
    ),
    ("We zetten 10 euro op de douaneverklaring.", "aliexpress", "false_customs", "zetten 10 euro"),
    (
        "Geef ons 5 sterren en je krijgt gratis oorbellen.",
        "aliexpress",
        "feedback_manipulation",
        "5 sterren",
    ),
    (
        "Pošleme to na dobírku, zaplatíte při převzetí.",
        "aliexpress",
        "cash_on_delivery",
        "na dobírku",
    ),
    ("Sie können per Nachnahme zahlen.", "aliexpress", "cash_on_delivery", "Nachnahme"),
    (
        "Fakturu na firmu bohužel nevystavujeme.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "nevystavujeme",
    ),
    ("Deze koffer is onbreekbaar.", "aliexpress", "absolute_claim", "onbreekbaar"),
    (
        "Ihre Bestellung ist unterwegs. Mit dem Code WINTER10 sparen Sie in unserem Shop.",
        "amazon",
        "amazon_promotion",
        "Mit dem Code WINTER10",
    ),
    ("Hi $buyer, your parcel has shipped.", "aliexpress", "unfilled_placeholder", "$buyer"),
    # Russian, Ukrainian, Romanian and Hungarian (round 40)
    ("Обещаю, посылка будет у вас в пятницу.", "aliexpress", "guaranteed_date", "Обещаю"),
    (
        "Napishem podarok v deklaratsii, poshliny ne budet.",
        "aliexpress",
        "false_customs",
        "Napishem podarok",
    ),
    ("Залиште 5 зірок і отримаєте купон.", "aliexpress", "feedback_manipulation", "5 зірок"),
    ("Se poate plăti ramburs la curier.", "aliexpress", "cash_on_delivery", "ramburs"),
    ("Utánvéttel is fizethet a futárnak.", "aliexpress", "cash_on_delivery", "Utánvéttel"),
    (
        "Számlát sajnos nem tudunk adni.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "Számlát sajnos nem tudunk",
    ),
    (
        "Чек не выдаём, это интернет-магазин.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "Чек не выдаём",
    ),
    ("Это лучший чехол в мире.", "aliexpress", "absolute_claim", "лучший чехол в мире"),
    ("Пишите в телеграм, там быстрее.", "aliexpress", "off_platform", "телеграм"),
    # Languages of our markets no evaluation half had used yet, written in ahead (round 40)
    ("明日必ずお届けします。", "aliexpress", "guaranteed_date", "必ずお届け"),
    ("별점 5점 주시면 쿠폰 드려요.", "aliexpress", "feedback_manipulation", "별점 5"),
    ("เก็บเงินปลายทางได้ค่ะ", "aliexpress", "cash_on_delivery", "เก็บเงินปลายทาง"),
    ("Bên em sẽ khai là quà tặng cho chị nhé.", "aliexpress", "false_customs", "khai là quà tặng"),
    (
        "אנחנו לא מקבלים כרטיס אשראי.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "לא מקבלים כרטיס אשראי",
    ),
    ("Sir aap mujhe direct UPI kar do.", "aliexpress", "off_platform", "direct UPI"),
    ("Lampan går aldrig sönder.", "aliexpress", "absolute_claim", "går aldrig sönder"),
    ("Paketti on taatusti perillä perjantaina.", "aliexpress", "guaranteed_date", "taatusti"),
    # Thai and Vietnamese, as agents serving buyers there write (round 41)
    (
        "Bên em chia ra 2 kiện để anh khỏi đóng thuế.",
        "aliexpress",
        "false_customs",
        "chia ra 2 kiện",
    ),
    (
        "Shipper sẽ thu tiền mặt tại nhà nha chị.",
        "aliexpress",
        "cash_on_delivery",
        "thu tiền mặt tại nhà",
    ),
    ("ร้านไม่รับชำระผ่านบัตรเครดิตค่ะ", "aliexpress", "refuse_payment_or_invoice", "ไม่รับชำระผ่านบัตร"),
    ("ทางร้านจะสำแดงเป็นของขวัญให้ค่ะ", "aliexpress", "false_customs", "สำแดงเป็นของขวัญ"),
    # Swedish, Norwegian, Danish and Finnish, as agents serving Nordic buyers write (round 42)
    ("Vipps meg 300 kr, så sender jeg den i dag.", "aliexpress", "off_platform", "Vipps meg"),
    ("Du kan betale med postoppkrav.", "aliexpress", "cash_on_delivery", "postoppkrav"),
    ("Voit maksaa postiennakolla.", "aliexpress", "cash_on_delivery", "postiennakolla"),
    ("Vi utfärdar tyvärr inga kvitton.", "aliexpress", "refuse_payment_or_invoice", "Vi utfärdar"),
    ("Brug rabatkoden TAK10 på vores andre varer.", "amazon", "amazon_promotion", "rabatkoden"),
    # Hebrew and Hindi, in script and romanised, as agents serving Israel and India write (round 43)
    (
        "Hum COD karwa denge, aap ghar pe paisa de dena.",
        "aliexpress",
        "cash_on_delivery",
        "COD karwa denge",
    ),
    (
        "תורידי את הביקורת ונשלח לך מתנה.",
        "aliexpress",
        "feedback_manipulation",
        "תורידי את הביקורת",
    ),
    ("हम GST इनवॉइस नहीं देते।", "aliexpress", "refuse_payment_or_invoice", "इनवॉइस नहीं देते"),
    (
        "גם השכנה שלך מרחוב הרצל 5 הזמינה את זה.",
        "aliexpress",
        "buyer_details",
        "גם השכנה שלך מרחוב הרצל 5 הזמינה",
    ),
    ("Ye charger kabhi garam nahi hoga.", "aliexpress", "absolute_claim", "kabhi garam nahi hoga"),
    ("Ze yagia machar be-vadai.", "aliexpress", "guaranteed_date", "be-vadai"),
    (
        "Bulk ke liye mere personal Insta pe aao.",
        "own_store",
        "off_platform",
        "mere personal Insta",
    ),
    ("अगले ऑर्डर पर 10% की छूट मिलेगी।", "amazon", "amazon_promotion", "10% की छूट"),
    ("נרשום על החבילה ערך של 20 דולר.", "aliexpress", "false_customs", "נרשום על החבילה ערך של 20"),
    ("Invoice pe value 500 dikha denge.", "aliexpress", "false_customs", "value 500 dikha"),
    # Italian, Greek (script and Greeklish) and European Portuguese (round 44)
    ("Θα το δηλώσουμε ως δώρο στο τελωνείο.", "aliexpress", "false_customs", "δηλώσουμε ως δώρο"),
    (
        "Spediamo separati, ognuno sotto il limite.",
        "aliexpress",
        "false_customs",
        "ognuno sotto il limite",
    ),
    (
        "Se lascia una recensione positiva le mandiamo un regalo.",
        "aliexpress",
        "feedback_manipulation",
        "lascia una recensione positiva",
    ),
    (
        "Podemos enviar à cobrança, paga ao estafeta.",
        "aliexpress",
        "cash_on_delivery",
        "à cobrança",
    ),
    ("Esta mochila nunca rasga, nunca desbota.", "aliexpress", "absolute_claim", "nunca desbota"),
    (
        "Δεν δίνουμε απόδειξη για αυτή την παραγγελία.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "Δεν δίνουμε απόδειξη",
    ),
    ("Con il codice CIAO10 ha il 10% su tutto.", "amazon", "amazon_promotion", "Con il codice"),
    ("Γεια σας [όνομα], το δέμα έφυγε.", "aliexpress", "unfilled_placeholder", "[όνομα]"),
    ("Θα φτάσει σίγουρα μέχρι την Παρασκευή.", "aliexpress", "guaranteed_date", "σίγουρα"),
    # Japanese and Korean, in their scripts (round 45)
    ("문의는 카톡 주세요: shop_kim01", "aliexpress", "off_platform", "카톡"),
    ("인보이스에 gift로 적어드릴게요.", "aliexpress", "false_customs", "gift로 적"),
    ("申告はプレゼント扱いにしておきます。", "aliexpress", "false_customs", "申告はプレゼント扱い"),
    ("お支払いは代引きで大丈夫です。", "aliexpress", "cash_on_delivery", "代引き"),
    (
        "영수증은 따로 못 드려요.",
        "aliexpress",
        "refuse_payment_or_invoice",
        "영수증은 따로 못 드려",
    ),
    (
        "請求書はお出しできません。",
        "aliexpress",
        "refuse_payment_or_invoice",
        "請求書はお出しできません",
    ),
    ("이 크림 쓰시면 효과 보장합니다.", "aliexpress", "absolute_claim", "효과 보장"),
    (
        "리뷰 쓰시기 전에 저한테 먼저 말씀해 주세요.",
        "aliexpress",
        "feedback_manipulation",
        "리뷰 쓰시기 전에",
    ),
    ("お揃いのパンツも販売中です。", "amazon", "amazon_promotion", "も販売中"),
    (
        "来週の火曜日までに届くことを保証いたします。",
        "aliexpress",
        "guaranteed_date",
        "保証いたします",
    ),
]

CLEAN = [
    "We usually ship within 48 hours after payment is verified.",
    "Delivery usually takes 15-25 days; customs or weather can add a few days.",
    "Your order 8123456789012345 shipped, tracking LX123456789CN.",
    "This shirt is 100% cotton, sizes 38-42. Best regards!",
    "We cannot accept cash on delivery, sorry: please pay at checkout.",
    "We do provide invoices through the platform.",
    "Please leave an honest review, whatever you think of it.",
    "A gift box is included with every order.",
    "Please keep all messages here in the AliExpress chat.",
    "Hi Anna, thanks for your order!",
    "Shipping is free, and the replacement ships free too: you pay nothing more.",
    "We promised free reshipping, so we cover the postage: no extra charge for you.",
    "一般48小时内发货，请您耐心等待。",
    "请给我们一个真实的评价。",
    "The card number on your screenshot is hidden with ****, good: never send it in chat.",
    "I bought it.It is fine, thanks.",
    "【春节放假】亲爱的顾客，春节期间仓库放假，期间的订单节后依次发出，谢谢理解。",
    "Sorry, cash on delivery is not available here; please pay by card at checkout.",
    "One size fits all.",
    "The model number is 555-3210-B, on the sticker under the base.",
    "Hi Daniel, your order is going to 18 Harbour Road, Apt 4. Is that still correct?",
    "Card payment is fine, no extra charge.",
    "Maaf kak, kami gak bisa tulis gift di paket, harus sesuai isi dan harga asli ya",
    "Hi kuya, pasensya po, wala pong COD sa website namin, GCash or card lang sa checkout",
    "Hi Jo! Your invoice no. INV-20931 is attached, total £42.80.",
    "亲，圣诞前能勿能到阿拉勿好打包票，物流旺季，建议侬早点下单",
    "Non, on ne peut pas diviser la commande pour éviter la douane, désolé.",
    "Hocam kapıda ödeme yok, ödeme sadece AliExpress üzerinden.",
    "DHL zeigt die Zustellung voraussichtlich am Freitag, eine Garantie gibt es nicht.",
    "Обычно доставка занимает 15-20 дней, точную дату гарантировать не можем.",
    "Plata ramburs nu este disponibilă, plata se face doar la checkout.",
    "通常は7〜10日ほどでお届け予定です。",
    "Vi kan tyvärr inte skriva gåva på tulldeklarationen.",
    "Dạ chị nhắn em ngay trong chat này nhé, shop không tư vấn qua Zalo ạ.",
    "亲，有问题在这儿留言就行。（小周：别写‘加微信’）",
    "Postförskott erbjuder vi tyvärr inte, du betalar i kassan.",
    "אנחנו לא יכולים לעבור לווטסאפ, נמשיך כאן בצ'אט.",
    "रिव्यू हटाने के बदले हम आपको नया प्रोडक्ट फ़्री में नहीं भेज सकते।",
    "מצטערים, אין אפשרות לשלם במזומן לשליח.",
    "我不敢说绝对不会坏，但一年内坏了免费换。",
    "这款加湿器声音小，晚上能睡到天亮。",
    "Obrigada pela avaliação de 5 estrelas, ficámos muito contentes!",
    "Your card ending 4417 was charged today.",
    "Δεν γίνεται αντικαταβολή, μόνο πληρωμή με κάρτα στο AliExpress.",
    "죄송하지만 카톡으로는 상담이 어려워요. 여기 채팅으로 말씀해 주세요.",
    "현장 결제는 지원하지 않습니다. 주문 페이지에서 결제 부탁드립니다.",
]


@pytest.mark.parametrize(("text", "platform", "family", "flagged"), RISKY)
def test_each_family_is_found_with_its_span(
    text: str, platform: str, family: str, flagged: str
) -> None:
    found = [f for f in check(text, platform) if f.family == family]
    assert found, text
    assert any(flagged in text[f.start : f.end] or text[f.start : f.end] in flagged for f in found)


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_are_left_alone(text: str) -> None:
    for platform in PLATFORMS:
        assert check(text, platform) == [], (platform, [f.rule for f in check(text, platform)])


def test_amazon_promotion_counts_on_amazon_only() -> None:
    text = "Check out our new collection, 20% off your next order"
    assert has_errors(check(text, "amazon"))
    assert not any(f.family == "amazon_promotion" for f in check(text, "aliexpress"))


def test_own_store_allows_its_own_channels_but_not_an_agents_personal_ones() -> None:
    """On an own store the shop's site, e-mail and checkout are the platform; an agent's
    personal messenger or PayPal, or a shop on another marketplace, still take the buyer away."""
    clean = "You can also e-mail our support team at help@example-shop.com or call our office."
    assert not any(f.family == "off_platform" for f in check(clean, "own_store"))
    for text, flagged in [
        ("For quick chat, add my personal WeChat amy_sales_99", "my personal WeChat"),
        ("Just pay to my PayPal lucas@example.net and I enter the order", "pay to my PayPal"),
        ("It is sold out here, but our eBay shop still has it", "our eBay shop"),
        ("着急的话可以加我私人 WhatsApp", "私人 WhatsApp"),
    ]:
        found = [f for f in check(text, "own_store") if f.rule == "off_platform.personal"]
        assert found and found[0].severity == "warning", text
        assert flagged.lower() in text[found[0].start : found[0].end].lower(), text
    assert not any(
        f.rule == "off_platform.personal"
        for f in check("we will never ask you to pay to my PayPal", "own_store")
    )


def test_full_width_letters_and_digits_are_read_as_ascii_with_their_offsets() -> None:
    text = "亲，批发价请加 ＱＱ ５５５２０８８１ 详谈"
    found = [f for f in check(text, "aliexpress", learned=False) if f.family == "off_platform"]
    assert found
    assert "５５５２０８８１" in text[found[0].start : found[0].end]


def test_a_quoted_request_that_is_declined_is_not_a_violation() -> None:
    for text in [
        "You asked if we can write 'gift' on the package - I'm sorry, we can't do that.",
        "Regarding your request to 'write $5 on the customs form': sorry, we can't do that.",
        "最近有人冒充我们客服让买家加微信付款，千万别信，所有交易都请在平台内完成",
        "您说的“加微信聊”不行哦，平台规定只能在这里沟通",
    ]:
        assert check(text, "aliexpress", learned=False) == [], text


def test_a_memory_card_is_not_a_payment_card() -> None:
    """Patterns alone: the card rule's refusal words ("not") beside an SD card's size."""
    text = "Use the card from the kit, not an older one; some cards over 64GB need exFAT."
    assert check(text, "aliexpress", learned=False) == []
    assert check(text.replace("64GB", "the limit"), "aliexpress", learned=False) != []


def test_every_family_of_the_issue_has_rules_with_both_languages() -> None:
    assert set(families()) == {
        "off_platform",
        "guaranteed_date",
        "false_customs",
        "feedback_manipulation",
        "buyer_details",
        "absolute_claim",
        "cash_on_delivery",
        "refuse_payment_or_invoice",
        "amazon_promotion",
        "unfilled_placeholder",
    }
    for rule in rules():
        assert rule.message_zh and rule.message_en and rule.fix_zh and rule.fix_en, rule.id
        assert rule.source, rule.id


def test_every_shipped_pattern_compiles() -> None:
    """The shipped rules compile their patterns when first used: every one must compile."""
    from desktop.core.paths import resource

    with resource("data", "compliance", "rules.toml").open("rb") as fh:
        checked = parse_rules(tomllib.load(fh))  # validate=True compiles every branch
    assert [r.id for r in checked] == [r.id for r in rules()]
    assert all(p._compiled is not None for r in checked for p in r.patterns)


def test_a_bad_pattern_names_its_rule() -> None:
    bad = {
        "rule": [
            {
                "id": "x.y",
                "family": "x",
                "severity": {"amazon": "error"},
                "patterns": ["(unclosed"],
                "message_zh": "m",
                "message_en": "m",
                "fix_zh": "f",
                "fix_en": "f",
                "source": "s",
            }
        ]
    }
    with pytest.raises(ValueError, match=r"x\.y"):
        parse_rules(bad)


def test_built_in_replies_have_no_error_on_their_platforms() -> None:
    lib = open_library(Path(tempfile.mkdtemp()) / "lib.sqlite")
    try:
        bad = [
            (e.id, p, f.rule)
            for e in lib.iter_entries()
            for p in (e.platforms or PLATFORMS)
            for text in (e.en, e.zh)
            for f in check(text, p)
            if f.severity == "error"
        ]
    finally:
        lib.close()
    assert bad == []


@given(st.text(max_size=3000), st.sampled_from([*PLATFORMS, None]))
def test_any_text_gives_findings_never_an_error(text: str, platform: str | None) -> None:
    for f in check(text, platform):
        assert 0 <= f.start < f.end <= min(len(text), MAX_CHARS)
        assert f.severity in ("error", "warning")


def test_cli_check_json_contract(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["check", "Add me on WhatsApp", "--platform", "amazon", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in found] == ["off_platform.messenger"]
    assert set(found[0]) >= {"rule", "severity", "start", "end", "message_zh", "message_en", "fix"}
    assert (found[0]["start"], found[0]["end"], found[0]["severity"]) == (10, 18, "error")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("We usually ship in 2 days.\n"))
    assert main(["check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


DATA = Path(__file__).resolve().parents[1] / "data" / "compliance"


def test_labelled_sets_are_well_formed() -> None:
    import tomllib

    names = set(families())
    sizes = {}
    for path in sorted(DATA.glob("*.toml")):
        with path.open("rb") as fh:
            found = tomllib.load(fh)["case"]
        sizes[path.name] = len(found)
        for case in found:
            assert case["text"].strip() and case["platform"] in PLATFORMS, case
            assert set(case["families"]) <= names, case
    english = sizes["en.dev.toml"] + sizes["en.test.toml"]
    chinese = sizes["zh.dev.toml"] + sizes["zh.test.toml"]
    assert english >= 200 and chinese >= 40


def test_an_e_mail_address_is_not_also_read_as_a_web_address() -> None:
    """The domain of someone's e-mail is not a link the agent sent: the address is found by
    the e-mail rule alone, once."""
    found = check("Write to lily.shop@example.com please", "amazon", learned=False)
    assert [f.rule for f in found] == ["off_platform.email"]
    assert [f.rule for f in check("see example.com", "amazon", learned=False)] == [
        "off_platform.link"
    ]
