package org.sealdesk.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sealdesk.common.Money;

class AmountInWordsTest {

    @ParameterizedTest(name = "{0} fen: {1}")
    @CsvSource({
        "1, 壹分",
        "10, 壹角",
        "0, 零元整",
        "100, 壹元整",
        "105, 壹元零伍分",
        "150, 壹元伍角",
        "30000, 叁佰元整",
        "60000, 陆佰元整",
        "100500, 壹仟零伍元整",
        "1000100, 壹万零壹元整",
        "10001000, 壹拾万零壹拾元整",
        "12345600, 壹拾贰万叁仟肆佰伍拾陆元整",
        "2000040, 贰万元肆角",
        "100000001, 壹佰万元零壹分",
        "1000000000, 壹仟万元整",
        "1010101010, 壹仟零壹拾万零壹仟零壹拾元壹角",
        "9999999999, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        "168032, 壹仟陆佰捌拾元叁角贰分"})
    void writesTheCapitalsAsInvoicesDo(long fen, String words) {
        assertEquals(words, AmountInWords.of(Money.ofFen(fen)));
    }
}
