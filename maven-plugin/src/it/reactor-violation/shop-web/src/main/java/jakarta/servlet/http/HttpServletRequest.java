// SPDX-License-Identifier: Apache-2.0
package jakarta.servlet.http;

/** Stand-in for the Servlet API: the scanner matches calls of its methods. */
public interface HttpServletRequest {

    String getRemoteAddr();

    String getHeader(String name);
}
