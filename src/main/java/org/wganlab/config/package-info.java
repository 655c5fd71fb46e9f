/** Reading and writing settings: a small JSON reader/writer with located error messages. */
package org.wganlab.config;
