@ParametersAreNonnullByDefault
package com.atlassian.scheduler.config;

import javax.annotation.ParametersAreNonnullByDefault;
