/** The web layer: the admin page servlet, JSON and error handling, access checks. */
package io.tablewise.web;
