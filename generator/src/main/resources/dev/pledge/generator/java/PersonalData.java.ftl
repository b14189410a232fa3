<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated code processes personal data, for which purpose and which data:
 * <pre>
 * &#64;PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = {DataItem.IMEI, DataItem.IP_ADDRESS})
 * void score(Device device) { ... }
 *
 * &#64;PersonalData(purpose = {Purpose.ORDERS, Purpose.DELIVERY_CHECKS}, data = DataItem.ADDRESS)
 * void checkAddress(Order order) { ... }
 * </pre>
 * Kept in class files (not at run time), where the Pledge scanner reads it and checks that the
 * purpose uses the data it names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE })
public @interface PersonalData {

	/**
	 * The purpose the code processes personal data for; several when it serves each of them with the same data
	 * ({@code purpose = {Purpose.A, Purpose.B}}), and then each must use every item of {@link #data()}.
	 */
	Purpose[] purpose();

	/** The data items the code processes; each should be one the purpose uses. */
	DataItem[] data() default {};
}
