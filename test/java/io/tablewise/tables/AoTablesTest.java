package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AoTablesTest {

    @Test
    void ownIdIsTheLastSixHexOfMd5OfTheNamespace() {
        // MD5("tablewise") = 394ca6b2f510fc7eea2763910fb3bdf1
        assertThat(AoTables.OWN_ID).isEqualTo("B3BDF1");
        assertThat(AoTables.idOf("com.pyxis.greenhopper.jira")).isEqualTo("60DB71");
    }

    @Test
    void groups() {
        assertThat(AoTables.groupOf("jiraissue")).isEqualTo(TableGroup.CORE);
        assertThat(AoTables.groupOf("AO_B3BDF1_AUDIT_ENTRY")).isEqualTo(TableGroup.THIS_APP);
        assertThat(AoTables.groupOf("AO_60DB71_SPRINT")).isEqualTo(TableGroup.OTHER_APP);
        assertThat(AoTables.ownerOf("ao_60db71_sprint")).isEqualTo("60DB71");
        assertThat(AoTables.ownerOf("AO_XYZ123_FOO")).isNull();
        assertThat(AoTables.ownerOf("AOX_60DB71_FOO")).isNull();
    }
}
